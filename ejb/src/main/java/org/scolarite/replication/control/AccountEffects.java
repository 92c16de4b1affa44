package org.scolarite.replication.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.scolarite.account.entity.Username;

/**
 * The effects of a run on accounts, set-based (an académie's first run pre-creates hundreds of thousands of accounts:
 * no password hashing, no entity per row).
 *
 * <ul>
 * <li>R-ACC-7 continuity: {@link #arrivals} finds the pupils this run created whose INE is that of a pupil of another
 * establishment of the académie whose accounts are in use, when the new establishment has activated the
 * téléservices; the boundary moves their accounts with {@code AccountService.transferStudent} (effective D+1).</li>
 * <li>R-ACC-1 pre-creation: every enrolled pupil, and every légal 1/2 link not refused, of the run's establishments
 * that activated the téléservices and that has no account yet (a deleted one counts, as for
 * {@code AccountService.preCreate*}) gets one « Non notifié », its identifier per R-ACC-2, history {@code CREATED}
 * by the actor. A change of name changes no account. Establishment by establishment, each in its own transaction:
 * safe to run again; in {@link Slice}s by identifier base, so that several threads share the work without
 * competing.</li>
 * </ul>
 *
 * <p>Decision on departed pupils: their accounts keep opening the departed record (the portal shows him as having
 * left) until continuity moves them or the expiry (R-ACC-6) deletes them. Ending the access on the departure day
 * would make the continuity of a pupil whose arrival is replicated days later impossible: it follows only accounts
 * that still open the pupil.
 */
public final class AccountEffects {

    private static final Logger LOG = Logger.getLogger(AccountEffects.class.getName());

    /** The establishment's enrolled pupils (its own index range: a page never reads the other establishments'). */
    private static final String ENROLLED = "JOIN establishment e ON e.id = s.establishment_id "
            + "WHERE s.establishment_id = ? AND (s.departure_date IS NULL OR s.departure_date > ?) ";

    private final Connection connection;
    private final LocalDateTime now;
    private final String actor;

    public AccountEffects(Connection connection, LocalDateTime now, String actor) {
        this.connection = connection;
        this.now = now;
        this.actor = actor;
    }

    /** Pairs (pupil in the former establishment, pupil created by this run) that continuity must join. */
    public List<long[]> arrivals(long runId) throws SQLException {
        Map<Long, Long> formerByNew = new LinkedHashMap<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT o.id, n.id FROM student n "
                + "JOIN establishment ne ON ne.id = n.establishment_id "
                + "JOIN student o ON o.ine = n.ine AND o.establishment_id <> n.establishment_id "
                + "JOIN establishment oe ON oe.id = o.establishment_id AND oe.academy_id = ne.academy_id "
                + "WHERE n.created_by_run = ? AND n.ine IS NOT NULL AND n.departure_date IS NULL "
                + "AND ne.teleservices_activated_on IS NOT NULL "
                + "AND EXISTS (SELECT 1 FROM account_student x JOIN account a ON a.id = x.account_id "
                + "WHERE x.student_id = o.id AND a.state = 'IN_USE' "
                + "AND (x.effective_until IS NULL OR x.effective_until >= ?)) "
                + "AND NOT EXISTS (SELECT 1 FROM account_student y WHERE y.student_id = n.id) "
                + "ORDER BY n.id, o.id")) {
            Jdbc.bind(select, runId, now.toLocalDate());
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    formerByNew.putIfAbsent(rows.getLong(2), rows.getLong(1));
                }
            }
        }
        List<long[]> pairs = new ArrayList<>();
        formerByNew.forEach((arrival, former) -> pairs.add(new long[] {former, arrival}));
        return pairs;
    }

    /**
     * PostgreSQL plans the pre-creation's queries (IN lists of identifier bases, pages of pupils) from the tables'
     * statistics; the autovacuum refreshes them a minute or more after a bulk load, and with statistics of a table
     * still empty, or never analysed, it reads every account of the académie for each lookup of identifiers instead of
     * probing the index. Refreshed by the engine when the run has changed the tables a lot; H2 needs nothing.
     */
    public void refreshStatistics(String... tables) throws SQLException {
        if (Jdbc.isPostgreSql(connection)) {
            try (var statement = connection.createStatement()) {
                statement.execute("ANALYZE " + String.join(", ", tables));
            }
        }
    }

    /**
     * The tables the accounts' queries read ({@link #arrivals}, the pre-creation), whose statistics the feeds may have
     * made stale.
     */
    public static final List<String> QUERIED_TABLES =
            List.of("establishment", "student", "guardian", "guardian_link", "account", "account_student");

    /**
     * Refreshes the statistics of those of {@code tables} never analysed, or changed by more than a tenth of their rows
     * since: PostgreSQL's own threshold, so that a run does not depend on the autovacuum (off, or a minute behind a
     * bulk load). A no-change re-run analyses nothing; a first load of 250 000 pupils, after its feeds, analyses them
     * all once in a few seconds instead of planning a full scan per establishment. H2 needs nothing.
     */
    public void refreshStaleStatistics(List<String> tables) throws SQLException {
        if (!Jdbc.isPostgreSql(connection)) {
            return;
        }
        List<String> stale = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT relname FROM pg_stat_user_tables "
                + "WHERE relname = ANY (?) AND schemaname = current_schema() "
                + "AND (COALESCE(last_analyze, last_autoanalyze) IS NULL OR n_mod_since_analyze > n_live_tup / 10)")) {
            select.setArray(1, connection.createArrayOf("varchar", tables.toArray()));
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    stale.add(rows.getString(1));
                }
            }
        }
        if (!stale.isEmpty()) {
            refreshStatistics(stale.toArray(String[]::new));
        }
    }

    /**
     * The share of the pre-creation one thread does: the accounts whose identifier base falls in slice {@code index}
     * of {@code count}. Homonyms share a base, hence a slice: threads never compete for an identifier, and each base's
     * numbers follow the holders' order whatever the number of threads.
     */
    public record Slice(int index, int count) {

        public static final Slice ALL = new Slice(0, 1);

        public Slice {
            if (count < 1 || index < 0 || index >= count) {
                throw new IllegalArgumentException("tranche " + index + " sur " + count);
            }
        }

        boolean owns(Username base) {
            return Math.floorMod(base.value().hashCode(), count) == index;
        }
    }

    /** The run's establishments that activated the téléservices, whose pupils and guardians get accounts. */
    public List<Long> establishments(long runId) throws SQLException {
        return Jdbc.queryLongs(connection, "SELECT r.establishment_id FROM replication_school r "
                + "JOIN establishment e ON e.id = r.establishment_id WHERE r.run_id = ? "
                + "AND e.teleservices_activated_on IS NOT NULL ORDER BY r.establishment_id", runId);
    }

    /**
     * The establishment's enrolled pupils without an account, in the slice, get one. All at once: an establishment's
     * pupils are a few thousand at most, and without a LIMIT the planner never walks the whole pupils' key to fill a
     * page. Returns the accounts created.
     */
    public int preCreateStudents(long establishmentId, Slice slice) throws SQLException {
        List<Holder> holders = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT s.id, s.first_name, s.last_name, "
                + "s.usage_name, e.academy_id FROM student s " + ENROLLED
                + "AND NOT EXISTS (SELECT 1 FROM account a WHERE a.student_id = s.id) ORDER BY s.id")) {
            Jdbc.bind(select, establishmentId, now.toLocalDate());
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    holders.add(new Holder(rows.getLong(5), rows.getLong(1), null, rows.getLong(1), rows.getString(2),
                            displayName(rows.getString(3), rows.getString(4))));
                }
            }
        }
        return create(holders, slice);
    }

    /** The légal 1/2 links of the establishment's enrolled pupils without an account, in the slice, get one. */
    public int preCreateGuardians(long establishmentId, Slice slice) throws SQLException {
        List<Holder> holders = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT l.guardian_id, l.student_id, "
                + "g.first_name, g.last_name, g.usage_name, e.academy_id FROM guardian_link l "
                + "JOIN student s ON s.id = l.student_id JOIN guardian g ON g.id = l.guardian_id " + ENROLLED
                + "AND l.legal_rank IN ('FIRST', 'SECOND') AND l.access_refused = FALSE "
                + "AND NOT EXISTS (SELECT 1 FROM account_student x WHERE x.holder_id = l.guardian_id "
                + "AND x.student_id = l.student_id) ORDER BY s.id, l.id")) {
            Jdbc.bind(select, establishmentId, now.toLocalDate());
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    holders.add(new Holder(rows.getLong(6), null, rows.getLong(1), rows.getLong(2), rows.getString(3),
                            displayName(rows.getString(4), rows.getString(5))));
                }
            }
        }
        return create(holders, slice);
    }

    private static String displayName(String lastName, String usageName) {
        return usageName != null && !usageName.isBlank() ? usageName : lastName;
    }

    /** An account to create: a pupil's ({@code studentId}) or a guardian's ({@code guardianId}) opening {@code child}. */
    private record Holder(long academyId, Long studentId, Long guardianId, long child, String firstName,
                          String lastName) {
    }

    private int create(List<Holder> holders, Slice slice) throws SQLException {
        Map<Holder, Username> bases = new LinkedHashMap<>();
        for (Holder holder : holders) {
            try {
                Username base = Username.base(holder.firstName(), holder.lastName());
                if (slice.owns(base)) {
                    bases.put(holder, base);
                }
            } catch (IllegalArgumentException e) {
                // A name without any usable letter: the school creates this account by hand with a corrected name.
                if (slice.index() == 0) {
                    LOG.log(Level.WARNING, "Compte non pré-créé : {0}", e.getMessage());
                }
            }
        }
        if (bases.isEmpty()) {
            return 0;
        }
        Map<String, Set<String>> taken = taken(bases);
        IdBlocks ids = new IdBlocks(connection);
        BulkInsert accounts = new BulkInsert("account", "id", "version", "academy_id", "kind", "username",
                "username_base", "state", "email_validated", "student_id", "guardian_id");
        BulkInsert accesses = new BulkInsert("account_student", "id", "account_id", "student_id", "holder_id",
                "effective_from");
        BulkInsert events = new BulkInsert("account_event", "id", "account_id", "occurred_at", "actor", "event_type",
                "to_state");
        for (Map.Entry<Holder, Username> entry : bases.entrySet()) {
            Holder holder = entry.getKey();
            Set<String> takenHere = taken.computeIfAbsent(holder.academyId() + "/" + entry.getValue().value(),
                    key -> new HashSet<>());
            Username username = Username.allocate(entry.getValue(), takenHere);
            takenHere.add(username.value());
            long accountId = ids.next("account_seq");
            accounts.add(accountId, 1, holder.academyId(), holder.studentId() != null ? "STUDENT" : "GUARDIAN",
                    username.value(), entry.getValue().value(), "NOT_NOTIFIED", false, holder.studentId(),
                    holder.guardianId());
            accesses.add(ids.next("account_student_seq"), accountId, holder.child(), holder.guardianId(),
                    now.toLocalDate());
            events.add(ids.next("account_event_seq"), accountId, now, actor, "CREATED", "NOT_NOTIFIED");
        }
        accounts.flush(connection);
        accesses.flush(connection);
        events.flush(connection);
        return bases.size();
    }

    /** The identifiers already taken, per académie and base, in one indexed query for the page. */
    private Map<String, Set<String>> taken(Map<Holder, Username> bases) throws SQLException {
        Map<String, Set<String>> taken = new HashMap<>();
        if (bases.isEmpty()) {
            return taken;
        }
        List<Object> values = new ArrayList<>();
        StringBuilder where = new StringBuilder();
        Map<Long, Set<String>> byAcademy = new HashMap<>();
        bases.forEach((holder, base) -> byAcademy.computeIfAbsent(holder.academyId(), id -> new HashSet<>())
                .add(base.value()));
        for (Map.Entry<Long, Set<String>> academy : byAcademy.entrySet()) {
            where.append(where.length() == 0 ? "" : " OR ").append("(academy_id = ? AND username_base IN (")
                    .append(Jdbc.placeholders(academy.getValue().size())).append("))");
            values.add(academy.getKey());
            values.addAll(academy.getValue());
        }
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT academy_id, username_base, username FROM account WHERE " + where)) {
            Jdbc.bind(select, values.toArray());
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    taken.computeIfAbsent(rows.getLong(1) + "/" + rows.getString(2), key -> new HashSet<>())
                            .add(rows.getString(3));
                }
            }
        }
        return taken;
    }
}

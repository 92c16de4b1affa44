package org.scolarite.account.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.scolarite.account.entity.AccountState;
import org.scolarite.account.entity.ContactEmail;
import org.scolarite.account.entity.NotificationMode;
import org.scolarite.people.entity.LegalRank;
import org.scolarite.staff.boundary.StaffDirectory;
import org.scolarite.staff.entity.StaffRole;

/**
 * The console's lists of accounts (R-MASS-1, R-MASS-2, R-IND-1): one line per (pupil, légal guardian) couple or per
 * pupil, with the account that opens it, filtered and paged in SQL for the lazy tables. A couple without account, or
 * whose account was deleted, is listed as « Non notifié »: notifying it creates its account (R-ACC-1, R-ACC-6).
 *
 * <p>Set-based SQL rather than entities: a whole lycée is 2 000 couples, and a page must not load their graphs. The
 * account of a couple is the newest one the guardian holds that opens this pupil (a replaced account is older).
 * Only pupils still in the establishment today are listed. Every call checks the role (head or delegate).
 */
@Stateless
public class AccountDirectory {

    private static final String GUARDIAN_COUPLES = """
            SELECT s.id, COALESCE(NULLIF(s.usage_name, ''), s.last_name), s.first_name, s.birth_date, d.code,
                   g.id, g.civility, COALESCE(NULLIF(g.usage_name, ''), g.last_name), g.first_name, l.legal_rank,
                   l.access_refused, g.email, g.address_line1, g.address_line2, g.postal_code, g.city,
                   a.id, a.version, a.username, a.state, a.notified_on, a.notification_mode, a.last_access_at,
                   a.email, a.email_validated, a.continuity_since
              FROM guardian_link l
              JOIN student s ON s.id = l.student_id
              JOIN guardian g ON g.id = l.guardian_id
              LEFT JOIN division d ON d.id = s.division_id
              LEFT JOIN account a ON a.id = (SELECT MAX(a2.id) FROM account a2
                                               JOIN account_student x ON x.account_id = a2.id
                                              WHERE x.student_id = l.student_id AND x.holder_id = l.guardian_id
                                                AND a2.kind = 'GUARDIAN')
             WHERE s.establishment_id = ?1 AND (s.departure_date IS NULL OR s.departure_date >= ?2)
            """;

    private static final String STUDENTS = """
            SELECT s.id, COALESCE(NULLIF(s.usage_name, ''), s.last_name), s.first_name, s.birth_date, d.code,
                   m.label, s.access_removed,
                   a.id, a.version, a.username, a.state, a.notified_on, a.notification_mode, a.last_access_at,
                   a.continuity_since
              FROM student s
              LEFT JOIN division d ON d.id = s.division_id
              LEFT JOIN mef m ON m.id = s.mef_id
              LEFT JOIN account a ON a.id = (SELECT MAX(a2.id) FROM account a2
                                              WHERE a2.student_id = s.id AND a2.kind = 'STUDENT')
             WHERE s.establishment_id = ?1 AND (s.departure_date IS NULL OR s.departure_date >= ?2)
            """;

    /** The state as shown: no account, or a deleted one, reads « Non notifié » (R-ACC-6). */
    private static final String SHOWN_STATE = "COALESCE(CASE WHEN a.state = 'CLOSED' THEN NULL ELSE a.state END, "
            + "'NOT_NOTIFIED')";

    private static final String STUDENT_ORDER = " ORDER BY UPPER(COALESCE(NULLIF(s.usage_name, ''), s.last_name)), "
            + "UPPER(s.first_name), s.id";

    @PersistenceContext(unitName = "teleservices")
    private EntityManager em;

    @Inject
    private StaffDirectory staff;

    @Inject
    private Clock clock;

    /** The establishment's divisions, by code. */
    public List<Option> divisions(String actor, long establishmentId) {
        requireManager(actor, establishmentId);
        return options("SELECT d.id, d.code FROM division d WHERE d.establishment_id = ?1 ORDER BY d.code",
                establishmentId);
    }

    /** The MEF of the establishment's pupils, by label. */
    public List<Option> mefs(String actor, long establishmentId) {
        requireManager(actor, establishmentId);
        return options("SELECT DISTINCT m.id, m.label FROM mef m JOIN student s ON s.mef_id = m.id "
                + "WHERE s.establishment_id = ?1 ORDER BY m.label", establishmentId);
    }

    public long countGuardianCouples(String actor, long establishmentId, AccountFilter filter) {
        requireManager(actor, establishmentId);
        return guardianSql(establishmentId, filter).count();
    }

    /** A page of couples, by pupil's name then légal 1 before légal 2. */
    public List<GuardianCoupleRow> guardianCouples(String actor, long establishmentId, AccountFilter filter,
                                                   int first, int max) {
        requireManager(actor, establishmentId);
        SqlBuilder sql = guardianSql(establishmentId, filter);
        return rows(sql.query(sql.text + STUDENT_ORDER + ", l.legal_rank, g.id"), first, max).stream()
                .map(AccountDirectory::guardianRow).toList();
    }

    /** Every couple of the selection (« tout sélectionner », the whole-school job), in the lists' order. */
    public List<Couple> guardianCoupleKeys(String actor, long establishmentId, AccountFilter filter) {
        return guardianCouples(actor, establishmentId, filter, 0, Integer.MAX_VALUE).stream()
                .map(GuardianCoupleRow::couple).toList();
    }

    /** The couples of one guardian account, whichever pupils it opens in the establishment (R-IND-1). */
    public List<GuardianCoupleRow> couplesOfAccount(String actor, long establishmentId, long accountId) {
        requireManager(actor, establishmentId);
        SqlBuilder sql = guardianSql(establishmentId, AccountFilter.division(null));
        sql.and("a.id = ?", accountId);
        return rows(sql.query(sql.text + STUDENT_ORDER), 0, Integer.MAX_VALUE).stream()
                .map(AccountDirectory::guardianRow).toList();
    }

    public long countStudents(String actor, long establishmentId, AccountFilter filter) {
        requireManager(actor, establishmentId);
        return studentSql(establishmentId, filter).count();
    }

    public List<StudentAccountRow> students(String actor, long establishmentId, AccountFilter filter, int first,
                                            int max) {
        requireManager(actor, establishmentId);
        SqlBuilder sql = studentSql(establishmentId, filter);
        return rows(sql.query(sql.text + STUDENT_ORDER), first, max).stream()
                .map(AccountDirectory::studentRow).toList();
    }

    public List<Couple> studentKeys(String actor, long establishmentId, AccountFilter filter) {
        return students(actor, establishmentId, filter, 0, Integer.MAX_VALUE).stream()
                .map(StudentAccountRow::couple).toList();
    }

    private SqlBuilder guardianSql(long establishmentId, AccountFilter filter) {
        SqlBuilder sql = new SqlBuilder(GUARDIAN_COUPLES, establishmentId, LocalDate.now(clock));
        sql.text.append(" AND l.legal_rank IN (").append(filter.ranks().stream().map(r -> "'" + r.name() + "'")
                .collect(Collectors.joining(", "))).append(')');
        common(sql, filter);
        return sql;
    }

    private SqlBuilder studentSql(long establishmentId, AccountFilter filter) {
        SqlBuilder sql = new SqlBuilder(STUDENTS, establishmentId, LocalDate.now(clock));
        common(sql, filter);
        return sql;
    }

    /** Enum names are written into the SQL (they are constants of the code); everything typed is a parameter. */
    private static void common(SqlBuilder sql, AccountFilter filter) {
        if (filter.divisionId() != null) {
            sql.and("s.division_id = ?", filter.divisionId());
        }
        if (filter.mefId() != null) {
            sql.and("s.mef_id = ?", filter.mefId());
        }
        if (filter.namePrefix() != null) {
            sql.and("UPPER(COALESCE(NULLIF(s.usage_name, ''), s.last_name)) LIKE ? ESCAPE '\\'",
                    likePrefix(filter.namePrefix()));
        }
        if (!filter.states().isEmpty()) {
            sql.text.append(" AND ").append(SHOWN_STATE).append(" IN (").append(filter.states().stream()
                    .map(s -> "'" + s.name() + "'").collect(Collectors.joining(", "))).append(')');
        }
    }


    /** « d'ar » → « D'AR% », with LIKE's own wildcards escaped. */
    static String likePrefix(String typed) {
        String upper = typed.strip().toUpperCase(Locale.FRENCH);
        return upper.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    private static GuardianCoupleRow guardianRow(Object[] r) {
        AccountState stored = state(r[19]);
        String accountEmail = (String) r[23];
        boolean validated = Boolean.TRUE.equals(r[24]);
        String email = ContactEmail.choose(accountEmail, validated, (String) r[11]);
        String contact = email != null ? email : Stream.of((String) r[12], (String) r[13],
                        Stream.of((String) r[14], (String) r[15]).filter(AccountDirectory::notBlank)
                                .collect(Collectors.joining(" ")))
                .filter(AccountDirectory::notBlank).collect(Collectors.joining(", "));
        String civility = (String) r[6];
        String guardianName = (civility == null ? "" : civility + " ")
                + ((String) r[7]).toUpperCase(Locale.FRENCH) + " " + r[8];
        return new GuardianCoupleRow(id(r[0]), ((String) r[1]).toUpperCase(Locale.FRENCH), (String) r[2],
                date(r[3]), (String) r[4], id(r[5]), guardianName, LegalRank.valueOf((String) r[9]),
                Boolean.TRUE.equals(r[10]), contact, email != null, optionalId(r[16]), optionalId(r[17]),
                (String) r[18], shown(stored), date(r[20]), mode(r[21]), dateTime(r[22]),
                r[25] != null && stored != AccountState.CLOSED);
    }

    private static StudentAccountRow studentRow(Object[] r) {
        AccountState stored = state(r[10]);
        return new StudentAccountRow(id(r[0]), ((String) r[1]).toUpperCase(Locale.FRENCH), (String) r[2],
                date(r[3]), (String) r[4], (String) r[5], Boolean.TRUE.equals(r[6]), optionalId(r[7]),
                optionalId(r[8]), (String) r[9], shown(stored), date(r[11]), mode(r[12]), dateTime(r[13]),
                r[14] != null && stored != AccountState.CLOSED);
    }

    private List<Option> options(String sql, long establishmentId) {
        List<Option> options = new ArrayList<>();
        for (Object row : em.createNativeQuery(sql).setParameter(1, establishmentId).getResultList()) {
            Object[] r = (Object[]) row;
            options.add(new Option(id(r[0]), (String) r[1]));
        }
        return options;
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(Query query, int first, int max) {
        query.setFirstResult(first);
        if (max != Integer.MAX_VALUE) {
            query.setMaxResults(max);
        }
        return query.getResultList();
    }

    private static AccountState state(Object value) {
        return value == null ? null : AccountState.valueOf((String) value);
    }

    private static AccountState shown(AccountState stored) {
        return stored == null || stored == AccountState.CLOSED ? AccountState.NOT_NOTIFIED : stored;
    }

    private static NotificationMode mode(Object value) {
        return value == null ? null : NotificationMode.valueOf((String) value);
    }

    private static long id(Object value) {
        return ((Number) value).longValue();
    }

    private static Long optionalId(Object value) {
        return value == null ? null : ((Number) value).longValue();
    }

    private static LocalDate date(Object value) {
        if (value instanceof Date sql) {
            return sql.toLocalDate();
        }
        return (LocalDate) value;
    }

    private static LocalDateTime dateTime(Object value) {
        if (value instanceof Timestamp sql) {
            return sql.toLocalDateTime();
        }
        return (LocalDateTime) value;
    }

    private static boolean notBlank(String value) {
        return value != null && !value.isBlank();
    }

    private void requireManager(String actor, long establishmentId) {
        staff.requireRole(actor, establishmentId, StaffRole.HEAD, StaffRole.DELEGATE);
    }

    /** A native query built from a base text and the filter's conditions, each with its numbered parameter. */
    private final class SqlBuilder {
        private final StringBuilder text;
        private final List<Object> parameters = new ArrayList<>();

        SqlBuilder(String base, long establishmentId, LocalDate today) {
            this.text = new StringBuilder(base.strip());
            parameters.add(establishmentId);
            parameters.add(today);
        }

        void and(String condition, Object value) {
            parameters.add(value);
            text.append(" AND ").append(condition.replace("?", "?" + parameters.size()));
        }

        /**
         * The number of rows, counted on the FROM clause: wrapping the whole SELECT in a subquery fails on H2, whose
         * derived tables refuse the list's repeated column names (s.id, g.id, a.id).
         */
        long count() {
            String from = text.substring(text.indexOf("FROM "));
            return ((Number) query("SELECT COUNT(*) " + from).getSingleResult()).longValue();
        }

        Query query(String sql) {
            Query query = em.createNativeQuery(sql);
            for (int i = 0; i < parameters.size(); i++) {
                query.setParameter(i + 1, parameters.get(i));
            }
            return query;
        }
    }
}

package org.scolarite.batch.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.batch.runtime.BatchRuntime;
import jakarta.persistence.EntityManager;
import jakarta.transaction.UserTransaction;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import javax.sql.DataSource;
import org.scolarite.replication.boundary.ReplicationEngine;
import org.scolarite.replication.boundary.ReplicationInbox;
import org.scolarite.replication.boundary.ReplicationRuns;
import org.scolarite.replication.boundary.RunDetail;
import org.scolarite.replication.boundary.SchoolReport;
import org.scolarite.replication.entity.RunTrigger;
import org.scolarite.staff.entity.StaffUser;
import org.scolarite.structure.entity.Academy;
import org.scolarite.structure.entity.Establishment;
import org.scolarite.structure.entity.EstablishmentKind;
import org.scolarite.structure.entity.SchoolYear;
import org.scolarite.structure.entity.Uai;

/**
 * What the replication job's integration tests share, in the container: académies of their own with activated collèges
 * and drop zones, waiting for a run's end, and the database as a run left it — to compare a run that was interrupted
 * (stopped, or killed with the server) with a clean run of the same exports.
 */
final class ReplicationFixtures {

    static final Duration PATIENCE = Duration.ofMinutes(4);

    private final EntityManager em;
    private final UserTransaction tx;
    private final ReplicationInbox inbox;
    private final ReplicationRuns runs;
    private final DataSource dataSource;

    ReplicationFixtures(EntityManager em, UserTransaction tx, ReplicationInbox inbox, ReplicationRuns runs,
                        DataSource dataSource) {
        this.em = em;
        this.tx = tx;
        this.inbox = inbox;
        this.runs = runs;
        this.dataSource = dataSource;
    }

    /** An académie of the tests, with its administrator and its establishments in UAI order. */
    static final class Fixture {
        long id;
        String admin;
        final List<School> schools = new ArrayList<>();
    }

    static final class School {
        long id;
        String uai;
        Path inbox;
        int year;
        int rank;

        void samples(int pupils, boolean malformed) {
            SiecleSamples samples = new SiecleSamples(inbox, uai, year, rank);
            samples.nomenclature();
            samples.pupils(pupils, malformed);
            samples.guardians(pupils);
        }
    }

    /** A new académie of the current school year with its administrator and {@code schools} activated collèges. */
    Fixture academy(int schools) throws Exception {
        int digits = ThreadLocalRandom.current().nextInt(1_000_000, 9_000_000);
        int year = currentYear();
        tx.begin();
        Academy academy = new Academy("RJ" + digits, "Académie " + digits, "http://localhost/");
        em.persist(academy);
        em.persist(new SchoolYear(academy, year, LocalDate.of(year, 9, 1), LocalDate.of(year + 1, 7, 4)));
        for (int i = 0; i < schools; i++) {
            Establishment school = new Establishment(academy, Uai.fromDigits(digits + i), EstablishmentKind.COLLEGE,
                    "Collège " + (digits + i));
            school.activateTeleservices(LocalDate.of(year, 9, 1), "it");
            em.persist(school);
        }
        StaffUser admin = new StaffUser("rj" + digits, "not-used", "Rectorat " + digits, null);
        admin.grantAcademy(academy);
        em.persist(admin);
        tx.commit();
        return reload(academy.getId(), admin.getUsername());
    }

    /** The académie {@code academyId} as {@link #academy} made it (after a restart of the server, say). */
    Fixture reload(long academyId, String admin) throws Exception {
        Fixture fixture = new Fixture();
        fixture.id = academyId;
        fixture.admin = admin;
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "SELECT id, uai FROM establishment WHERE academy_id = ? ORDER BY uai")) {
            select.setLong(1, academyId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    School school = new School();
                    school.rank = fixture.schools.size();
                    school.id = rows.getLong(1);
                    school.uai = rows.getString(2).trim();
                    // The documented layout: <data dir>/replication/inbox/<UAI>/ (root() is <data dir>/replication).
                    school.inbox = inbox.root().resolve("inbox").resolve(school.uai);
                    school.year = currentYear();
                    fixture.schools.add(school);
                }
            }
        }
        return fixture;
    }

    private static int currentYear() {
        LocalDate today = LocalDate.now();
        return today.getMonthValue() >= Month.AUGUST.getValue() ? today.getYear() : today.getYear() - 1;
    }

    /** A run and the batch execution running it. */
    record Started(long run, long execution) {
    }

    /**
     * A run of the académie started as the launcher does, but with the chunk size and the threads given: with small
     * chunks, a stop or a kill lands between committed chunks of a file.
     */
    static Started startWith(ReplicationEngine engine, Fixture academy, int chunk, int threads) {
        long run = engine.openRun(academy.admin, RunTrigger.CONSOLE, academy.id, Set.of());
        Properties parameters = new Properties();
        parameters.setProperty("runId", Long.toString(run));
        parameters.setProperty("chunk", Integer.toString(chunk));
        parameters.setProperty("threads", Integer.toString(threads));
        long execution = BatchRuntime.getJobOperator().start("replication", parameters);
        engine.attachJob(run, execution);
        return new Started(run, execution);
    }

    RunDetail awaitEnd(String actor, long run) throws InterruptedException {
        await(() -> !runs.detail(actor, run).summary().running());
        return runs.detail(actor, run);
    }

    static void await(BooleanSupplier condition) throws InterruptedException {
        Instant deadline = Instant.now().plus(PATIENCE);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("Toujours pas au bout de " + PATIENCE);
            }
            Thread.sleep(200);
        }
    }

    /**
     * Writes what is committed to the database's files now. The embedded H2 does it in the background, about a
     * second after each commit and later on a busy machine: a kill -9 before then loses those transactions as if they
     * had never run (a run lost so is simply started again), and the crash test would find no run to resume.
     * PostgreSQL loses no committed transaction: nothing to do there.
     */
    void makeDurable() throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            if ("H2".equals(connection.getMetaData().getDatabaseProductName())) {
                try (Statement checkpoint = connection.createStatement()) {
                    checkpoint.execute("CHECKPOINT");
                }
            }
        }
    }

    long count(String sql, long parameter) throws Exception {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement(sql)) {
            query.setLong(1, parameter);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    /**
     * The counts of each school's feeds in school order, without what names the establishment. The nomenclature is
     * national (MEF and subjects shared by every académie): whichever run comes first creates its rows, so it is left
     * out of the comparison of two académies.
     */
    static List<String> counts(RunDetail detail) {
        return detail.schools().stream().sorted(Comparator.comparing(SchoolReport::uai))
                .flatMap(school -> school.feeds().stream()).filter(f -> !"NOMENCLATURE".equals(f.feed()))
                .map(f -> f.feed() + " " + f.file() + " " + f.read() + "/" + f.created() + "/" + f.updated() + "/"
                        + f.unchanged() + "/" + f.departed() + "/" + f.rejected() + "/" + f.failure())
                .toList();
    }

    /**
     * The rows the run wrote for the académie's establishments, school by school in UAI order, every column but the
     * generated ids, the establishment's own references and the time stamps (which differ between two académies by
     * construction).
     */
    List<String> snapshot(Fixture academy) throws Exception {
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < academy.schools.size(); i++) {
            School school = academy.schools.get(i);
            for (String[] table : SNAPSHOT) {
                rows.add("-- " + i + " " + table[0]);
                rows.addAll(rows(table[1], school.id, column -> !IGNORED.test(column)));
            }
        }
        return rows;
    }

    /** Names the first differing row (the whole lists are thousands of rows: an equality failure would drown it). */
    static void assertSameRows(List<String> actual, List<String> expected, String after) {
        for (int i = 0; i < Math.min(actual.size(), expected.size()); i++) {
            assertThat(actual.get(i)).as("row %d %s", i, after)
                    .isEqualTo(expected.get(i));
        }
        assertThat(actual).as("rows %s", after).hasSameSizeAs(expected);
    }

    /**
     * Surrogate keys and what is made of them differ between two académies by construction: ids, references, the run
     * that created a pupil, and the source digest (it covers the division and MEF ids beside the replicated fields).
     */
    private static final Predicate<String> IGNORED = column -> column.equals("id") || column.endsWith("_id")
            || column.endsWith("_at") || column.equals("version") || column.equals("created_by_run")
            || column.equals("source_hash");

    /** Table, and the query of its rows for one establishment in a stable order (references by source key). */
    private static final String[][] SNAPSHOT = {
            {"division", "SELECT * FROM division WHERE establishment_id = ? ORDER BY code"},
            {"student", "SELECT s.*, d.code AS division, m.code AS mef FROM student s "
                    + "LEFT JOIN division d ON d.id = s.division_id LEFT JOIN mef m ON m.id = s.mef_id "
                    + "WHERE s.establishment_id = ? ORDER BY s.source_id"},
            {"guardian", "SELECT * FROM guardian WHERE establishment_id = ? ORDER BY source_id"},
            {"guardian_link", "SELECT l.*, s.source_id AS pupil, g.source_id AS person FROM guardian_link l "
                    + "JOIN student s ON s.id = l.student_id JOIN guardian g ON g.id = l.guardian_id "
                    + "WHERE s.establishment_id = ? ORDER BY s.source_id, g.source_id"},
            {"pupil accounts", "SELECT a.*, s.source_id AS pupil FROM account a JOIN student s ON s.id = a.student_id "
                    + "WHERE s.establishment_id = ? ORDER BY s.source_id, a.username"},
            {"guardian accounts", "SELECT a.*, g.source_id AS person FROM account a "
                    + "JOIN guardian g ON g.id = a.guardian_id WHERE g.establishment_id = ? ORDER BY g.source_id, a.username"},
            {"rejections", "SELECT r.*, f.file_name FROM replication_rejection r "
                    + "JOIN replication_file f ON f.id = r.file_id WHERE r.establishment_id = ? "
                    + "ORDER BY f.file_name, r.line_number, r.column_number, r.reason"},
    };

    private List<String> rows(String sql, long establishment, Predicate<String> kept) throws Exception {
        List<String> rows = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement(sql)) {
            query.setLong(1, establishment);
            try (ResultSet result = query.executeQuery()) {
                ResultSetMetaData meta = result.getMetaData();
                while (result.next()) {
                    StringBuilder row = new StringBuilder();
                    for (int c = 1; c <= meta.getColumnCount(); c++) {
                        String column = meta.getColumnLabel(c).toLowerCase(Locale.ROOT);
                        if (kept.test(column)) {
                            String value = result.getString(c);
                            // Homonyms get their numbers in the order their accounts were created (R-ACC-2), which
                            // follows the pupils' ids, and two threads interleave those differently from one run to
                            // another (« claire.dalmeida » here, « claire.dalmeida1 » there): compare the base.
                            if (column.equals("username") && value != null) {
                                value = value.replaceAll("\\d+$", "");
                            }
                            row.append(column).append('=').append(value).append(' ');
                        }
                    }
                    rows.add(row.toString());
                }
            }
        }
        return rows;
    }
}

package org.scolarite.batch.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.annotation.Resource;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.scolarite.batch.replication.Failures;
import org.scolarite.batch.replication.ReplicationLauncher;
import org.scolarite.replication.boundary.FeedCount;
import org.scolarite.replication.boundary.ReplicationAlreadyRunning;
import org.scolarite.replication.boundary.ReplicationEngine;
import org.scolarite.replication.boundary.ReplicationInbox;
import org.scolarite.replication.boundary.ReplicationRuns;
import org.scolarite.replication.boundary.RunDetail;
import org.scolarite.replication.boundary.SchoolReport;
import org.scolarite.replication.entity.RunStatus;
import org.scolarite.replication.entity.RunTrigger;
import org.scolarite.replication.entity.SchoolRunStatus;
import org.scolarite.staff.entity.StaffUser;
import org.scolarite.structure.entity.Academy;
import org.scolarite.structure.entity.Establishment;
import org.scolarite.structure.entity.EstablishmentKind;
import org.scolarite.structure.entity.SchoolYear;
import org.scolarite.structure.entity.Uai;

/**
 * The {@code replication} job on Payara against the real database and real files (R-REPL-1, R-REPL-2): exports
 * written into the establishments' drop zones, the job started by the launcher, its outcome read back through the
 * runs' reading side and the tables it writes. Each test builds its own académie with its own establishments.
 */
@ExtendWith(ArquillianExtension.class)
class ReplicationJobIT {

    private static final Duration PATIENCE = Duration.ofMinutes(4);

    @Deployment
    static WebArchive deployment() {
        return BatchItDeployment.war("replication-job-it", ReplicationJobIT.class, SiecleSamples.class);
    }

    @PersistenceContext(unitName = "teleservices")
    private EntityManager em;

    @Inject
    private UserTransaction tx;

    @Inject
    private ReplicationLauncher launcher;

    @Inject
    private ReplicationEngine engine;

    @Inject
    private ReplicationRuns runs;

    @Inject
    private ReplicationInbox inbox;

    @Resource(lookup = "jdbc/teleservices")
    private DataSource dataSource;

    @Test
    @DisplayName("R-REPL-1: a run over two establishments replicates both, in partitions, with counts per school and feed")
    void two_establishments() throws Exception {
        Fixture academy = academy(2);
        academy.schools.forEach(school -> school.samples(40, false));

        long run = launcher.startAcademy(academy.admin, RunTrigger.CONSOLE);
        RunDetail detail = awaitEnd(academy.admin, run);

        assertThat(detail.summary().status()).isEqualTo(RunStatus.COMPLETED);
        assertThat(detail.summary().establishments()).isEqualTo(2);
        assertThat(detail.summary().establishmentsDone()).isEqualTo(2);
        assertThat(detail.schools()).extracting(SchoolReport::status)
                .containsOnly(SchoolRunStatus.DONE);
        for (SchoolReport school : detail.schools()) {
            assertThat(feed(school, "PUPILS").read()).isEqualTo(40);
            assertThat(feed(school, "PUPILS").created()).isEqualTo(40);
            assertThat(feed(school, "PUPILS").failure()).isNull();
            assertThat(feed(school, "GUARDIANS").failure()).isNull();
            assertThat(feed(school, "NOMENCLATURE").failure()).isNull();
        }
        for (School school : academy.schools) {
            assertThat(count("SELECT COUNT(*) FROM student WHERE establishment_id = ?", school.id)).isEqualTo(40);
            assertThat(inbox.pending(academy.admin, school.id)).isEmpty();
        }
    }

    @Test
    @DisplayName("R-REPL-2: a malformed export fails its establishment with a located reason; the other establishment "
            + "is replicated; the run is COMPLETED_WITH_FAILURES")
    void malformed_file_fails_its_establishment_only() throws Exception {
        Fixture academy = academy(2);
        School broken = academy.schools.get(0);
        School sound = academy.schools.get(1);
        broken.samples(30, true);
        sound.samples(30, false);

        long run = launcher.startAcademy(academy.admin, RunTrigger.CONSOLE);
        RunDetail detail = awaitEnd(academy.admin, run);

        assertThat(detail.summary().status()).isEqualTo(RunStatus.COMPLETED_WITH_FAILURES);
        SchoolReport failed = school(detail, broken);
        assertThat(failed.status()).isEqualTo(SchoolRunStatus.FAILED);
        assertThat(feed(failed, "PUPILS").failure()).isNotBlank().contains("ligne");
        SchoolReport done = school(detail, sound);
        assertThat(done.status()).isEqualTo(SchoolRunStatus.DONE);
        assertThat(feed(done, "PUPILS").created()).isEqualTo(30);
        assertThat(count("SELECT COUNT(*) FROM student WHERE establishment_id = ?", sound.id)).isEqualTo(30);
    }

    @Test
    @DisplayName("R-REPL-2: while a run replicates two establishments, another run of either, or of the académie with "
            + "a new export waiting for one of them, is refused")
    void second_start_while_running_is_refused() throws Exception {
        Fixture academy = academy(2);
        academy.schools.forEach(school -> school.samples(8000, false));

        long run = launcher.startAcademy(academy.admin, RunTrigger.CONSOLE);
        try {
            for (School school : academy.schools) {
                assertThatThrownBy(() -> launcher.startEstablishment(academy.admin, school.id, RunTrigger.API))
                        .satisfies(e -> assertThat(Failures.find(e, ReplicationAlreadyRunning.class)).isNotNull()
                                .extracting(ReplicationAlreadyRunning::runningRunId).isEqualTo(run));
            }
            // Once the run took the exports, a new one arrives for the first establishment.
            await(() -> runs.detail(academy.admin, run).schools().stream()
                    .allMatch(s -> s.status() != SchoolRunStatus.WAITING));
            School first = academy.schools.get(0);
            new SiecleSamples(first.inbox, first.uai, first.year, first.rank).nomenclature();
            assertThatThrownBy(() -> launcher.startAcademy(academy.admin, RunTrigger.CONSOLE))
                    .satisfies(e -> assertThat(Failures.find(e, ReplicationAlreadyRunning.class)).isNotNull());
            assertThat(runs.detail(academy.admin, run).summary().running()).as("still running when refused").isTrue();
        } finally {
            assertThat(awaitEnd(academy.admin, run).summary().status()).isEqualTo(RunStatus.COMPLETED);
        }
    }

    @Test
    @DisplayName("R-REPL-2: a run stopped in the middle and restarted leaves the database exactly as a clean run of the "
            + "same exports: same rows, same counts, no duplicate rejection")
    void restart_after_stop_equals_a_clean_run() throws Exception {
        int pupils = 4000;
        Fixture clean = academy(2);
        Fixture interrupted = academy(2);
        clean.schools.forEach(school -> school.samples(pupils, false));
        interrupted.schools.forEach(school -> school.samples(pupils, false));

        RunDetail reference = awaitEnd(clean.admin, launcher.startAcademy(clean.admin, RunTrigger.CONSOLE));
        assertThat(reference.summary().status()).isEqualTo(RunStatus.COMPLETED);

        // Small chunks, so that the stop lands between committed chunks of a file.
        long run = engine.openRun(interrupted.admin, RunTrigger.CONSOLE, interrupted.id, Set.of());
        JobOperator operator = BatchRuntime.getJobOperator();
        Properties parameters = new Properties();
        parameters.setProperty("runId", Long.toString(run));
        parameters.setProperty("chunk", "100");
        parameters.setProperty("threads", "2");
        long execution = operator.start("replication", parameters);
        engine.attachJob(run, execution);
        await(() -> runs.detail(interrupted.admin, run).schools().stream()
                .flatMap(school -> school.feeds().stream()).anyMatch(f -> "PUPILS".equals(f.feed()) && f.read() > 0));
        operator.stop(execution);
        await(() -> operator.getJobExecution(execution).getBatchStatus() == BatchStatus.STOPPED);
        RunDetail stopped = runs.detail(interrupted.admin, run);
        assertThat(stopped.summary().status()).isEqualTo(RunStatus.FAILED);
        assertThat(stopped.schools().stream().flatMap(s -> s.feeds().stream())
                .filter(f -> "PUPILS".equals(f.feed())).mapToLong(FeedCount::read).sum())
                .as("stopped before the end").isLessThan(2L * pupils);

        launcher.restart(interrupted.admin, run);
        RunDetail restarted = awaitEnd(interrupted.admin, run);

        assertThat(restarted.summary().status()).isEqualTo(RunStatus.COMPLETED);
        assertThat(counts(restarted)).isEqualTo(counts(reference));
        assertSameRows(snapshot(interrupted), snapshot(clean));
    }

    /** Names the first differing row (the whole lists are thousands of rows: an equality failure would drown it). */
    private static void assertSameRows(List<String> actual, List<String> expected) {
        for (int i = 0; i < Math.min(actual.size(), expected.size()); i++) {
            assertThat(actual.get(i)).as("row %d after a stop and a restart", i).isEqualTo(expected.get(i));
        }
        assertThat(actual).as("rows after a stop and a restart").hasSameSizeAs(expected);
    }

    // ---------------------------------------------------------------------------------------------------- fixtures

    private static final class Fixture {
        long id;
        String admin;
        final List<School> schools = new ArrayList<>();
    }

    private static final class School {
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
    private Fixture academy(int schools) throws Exception {
        int digits = ThreadLocalRandom.current().nextInt(1_000_000, 9_000_000);
        LocalDate today = LocalDate.now();
        int year = today.getMonthValue() >= Month.AUGUST.getValue() ? today.getYear() : today.getYear() - 1;
        Fixture fixture = new Fixture();
        List<Establishment> created = new ArrayList<>();
        tx.begin();
        org.scolarite.structure.entity.Academy academy = new org.scolarite.structure.entity.Academy("RJ" + digits,
                "Académie " + digits, "http://localhost/");
        em.persist(academy);
        em.persist(new SchoolYear(academy, year, LocalDate.of(year, 9, 1), LocalDate.of(year + 1, 7, 4)));
        for (int i = 0; i < schools; i++) {
            Establishment school = new Establishment(academy, Uai.fromDigits(digits + i), EstablishmentKind.COLLEGE,
                    "Collège " + (digits + i));
            school.activateTeleservices(LocalDate.of(year, 9, 1), "it");
            em.persist(school);
            created.add(school);
        }
        StaffUser admin = new StaffUser("rj" + digits, "not-used", "Rectorat " + digits, null);
        admin.grantAcademy(academy);
        em.persist(admin);
        tx.commit();
        fixture.id = academy.getId();
        fixture.admin = admin.getUsername();
        for (Establishment establishment : created) {
            School school = new School();
            school.rank = fixture.schools.size();
            school.id = establishment.getId();
            school.uai = establishment.getUai().value();
            // The documented layout: <data dir>/replication/inbox/<UAI>/ (root() is <data dir>/replication).
            school.inbox = inbox.root().resolve("inbox").resolve(school.uai);
            school.year = year;
            fixture.schools.add(school);
        }
        return fixture;
    }

    // ---------------------------------------------------------------------------------------------------- helpers

    private RunDetail awaitEnd(String actor, long run) throws Exception {
        await(() -> !runs.detail(actor, run).summary().running());
        return runs.detail(actor, run);
    }

    private static void await(java.util.function.BooleanSupplier condition) throws InterruptedException {
        Instant deadline = Instant.now().plus(PATIENCE);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("Toujours pas au bout de " + PATIENCE);
            }
            Thread.sleep(200);
        }
    }

    private static SchoolReport school(RunDetail detail, School school) {
        return detail.schools().stream().filter(s -> s.establishmentId() == school.id).findFirst().orElseThrow();
    }

    private static FeedCount feed(SchoolReport school, String feed) {
        return school.feeds().stream().filter(f -> f.feed().equals(feed)).findFirst()
                .orElseThrow(() -> new AssertionError("pas de flux " + feed + " pour " + school.uai()));
    }

    /**
     * The counts of each school's feeds in school order, without what names the establishment. The nomenclature is
     * national (MEF and subjects shared by every académie): whichever run comes first creates its rows, so it is left
     * out of the comparison of two académies.
     */
    private static List<String> counts(RunDetail detail) {
        return detail.schools().stream().sorted(java.util.Comparator.comparing(SchoolReport::uai))
                .flatMap(school -> school.feeds().stream()).filter(f -> !"NOMENCLATURE".equals(f.feed()))
                .map(f -> f.feed() + " " + f.file() + " " + f.read() + "/" + f.created() + "/" + f.updated() + "/"
                        + f.unchanged() + "/" + f.departed() + "/" + f.rejected() + "/" + f.failure())
                .toList();
    }

    private long count(String sql, long parameter) throws Exception {
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
     * The rows the run wrote for the académie's establishments, school by school in UAI order, every column but the
     * generated ids, the establishment's own references and the time stamps (which differ between two académies by
     * construction).
     */
    private List<String> snapshot(Fixture academy) throws Exception {
        List<String> rows = new ArrayList<>();
        List<School> ordered = academy.schools.stream().sorted(java.util.Comparator.comparing(s -> s.uai)).toList();
        for (int i = 0; i < ordered.size(); i++) {
            School school = ordered.get(i);
            for (String[] table : SNAPSHOT) {
                rows.add("-- " + i + " " + table[0]);
                rows.addAll(rows(table[1], school.id, column -> !IGNORED.test(column)));
            }
        }
        return rows;
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
                        String column = meta.getColumnLabel(c).toLowerCase(java.util.Locale.ROOT);
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

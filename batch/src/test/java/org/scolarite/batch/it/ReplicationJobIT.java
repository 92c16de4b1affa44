package org.scolarite.batch.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.scolarite.batch.it.ReplicationFixtures.assertSameRows;
import static org.scolarite.batch.it.ReplicationFixtures.await;
import static org.scolarite.batch.it.ReplicationFixtures.counts;

import jakarta.annotation.Resource;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.scolarite.batch.it.ReplicationFixtures.Fixture;
import org.scolarite.batch.it.ReplicationFixtures.School;
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

/**
 * The {@code replication} job on Payara against the real database and real files (R-REPL-1, R-REPL-2): exports
 * written into the establishments' drop zones, the job started by the launcher, its outcome read back through the
 * runs' reading side and the tables it writes. Each test builds its own académie with its own establishments.
 */
@ExtendWith(ArquillianExtension.class)
class ReplicationJobIT {

    @Deployment
    static WebArchive deployment() {
        return BatchItDeployment.war("replication-job-it", ReplicationJobIT.class, SiecleSamples.class,
                ReplicationFixtures.class);
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

    private ReplicationFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new ReplicationFixtures(em, tx, inbox, runs, dataSource);
    }

    @Test
    @DisplayName("R-REPL-1: a run over two establishments replicates both, in partitions, with counts per school and feed")
    void two_establishments() throws Exception {
        Fixture academy = fixtures.academy(2);
        academy.schools.forEach(school -> school.samples(40, false));

        long run = launcher.startAcademy(academy.admin, RunTrigger.CONSOLE);
        RunDetail detail = fixtures.awaitEnd(academy.admin, run);

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
            assertThat(fixtures.count("SELECT COUNT(*) FROM student WHERE establishment_id = ?", school.id)).isEqualTo(40);
            assertThat(inbox.pending(academy.admin, school.id)).isEmpty();
        }
    }

    @Test
    @DisplayName("R-REPL-2: a malformed export fails its establishment with a located reason in French; the other "
            + "establishment "
            + "is replicated; the run is COMPLETED_WITH_FAILURES")
    void malformed_file_fails_its_establishment_only() throws Exception {
        Fixture academy = fixtures.academy(2);
        School broken = academy.schools.get(0);
        School sound = academy.schools.get(1);
        broken.samples(30, true);
        sound.samples(30, false);

        long run = launcher.startAcademy(academy.admin, RunTrigger.CONSOLE);
        RunDetail detail = fixtures.awaitEnd(academy.admin, run);

        assertThat(detail.summary().status()).isEqualTo(RunStatus.COMPLETED_WITH_FAILURES);
        SchoolReport failed = school(detail, broken);
        assertThat(failed.status()).isEqualTo(SchoolRunStatus.FAILED);
        // In French and at the right place in the server too, whose default StAX parser is not the JDK's.
        assertThat(feed(failed, "PUPILS").failure()).startsWith("XML mal formé ligne ")
                .contains("l'élément <PRENOM> n'est pas fermé par </PRENOM>");
        SchoolReport done = school(detail, sound);
        assertThat(done.status()).isEqualTo(SchoolRunStatus.DONE);
        assertThat(feed(done, "PUPILS").created()).isEqualTo(30);
        assertThat(fixtures.count("SELECT COUNT(*) FROM student WHERE establishment_id = ?", sound.id)).isEqualTo(30);
    }

    @Test
    @DisplayName("R-REPL-2: while a run replicates two establishments, another run of either, or of the académie with "
            + "a new export waiting for one of them, is refused")
    void second_start_while_running_is_refused() throws Exception {
        Fixture academy = fixtures.academy(2);
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
            assertThat(fixtures.awaitEnd(academy.admin, run).summary().status()).isEqualTo(RunStatus.COMPLETED);
        }
    }

    @Test
    @DisplayName("R-REPL-2: a run stopped in the middle and restarted leaves the database exactly as a clean run of the "
            + "same exports: same rows, same counts, no duplicate rejection")
    void restart_after_stop_equals_a_clean_run() throws Exception {
        int pupils = 4000;
        Fixture clean = fixtures.academy(2);
        Fixture interrupted = fixtures.academy(2);
        clean.schools.forEach(school -> school.samples(pupils, false));
        interrupted.schools.forEach(school -> school.samples(pupils, false));

        RunDetail reference = fixtures.awaitEnd(clean.admin, launcher.startAcademy(clean.admin, RunTrigger.CONSOLE));
        assertThat(reference.summary().status()).isEqualTo(RunStatus.COMPLETED);

        // Small chunks, so that the stop lands between committed chunks of a file.
        ReplicationFixtures.Started started = ReplicationFixtures.startWith(engine, interrupted, 100, 2);
        long run = started.run();
        long execution = started.execution();
        JobOperator operator = BatchRuntime.getJobOperator();
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
        RunDetail restarted = fixtures.awaitEnd(interrupted.admin, run);

        assertThat(restarted.summary().status()).isEqualTo(RunStatus.COMPLETED);
        assertThat(counts(restarted)).isEqualTo(counts(reference));
        assertSameRows(fixtures.snapshot(interrupted), fixtures.snapshot(clean), "after a stop and a restart");
    }

    private static SchoolReport school(RunDetail detail, School school) {
        return detail.schools().stream().filter(s -> s.establishmentId() == school.id).findFirst().orElseThrow();
    }

    private static FeedCount feed(SchoolReport school, String feed) {
        return school.feeds().stream().filter(f -> f.feed().equals(feed)).findFirst()
                .orElseThrow(() -> new AssertionError("pas de flux " + feed + " pour " + school.uai()));
    }
}

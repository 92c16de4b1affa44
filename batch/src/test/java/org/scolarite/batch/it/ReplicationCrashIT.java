package org.scolarite.batch.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scolarite.batch.it.ReplicationFixtures.assertSameRows;
import static org.scolarite.batch.it.ReplicationFixtures.await;
import static org.scolarite.batch.it.ReplicationFixtures.counts;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.scolarite.batch.it.ReplicationFixtures.Fixture;
import org.scolarite.batch.replication.ReplicationLauncher;
import org.scolarite.replication.boundary.FeedCount;
import org.scolarite.replication.boundary.ReplicationEngine;
import org.scolarite.replication.boundary.ReplicationInbox;
import org.scolarite.replication.boundary.ReplicationRuns;
import org.scolarite.replication.boundary.RunDetail;
import org.scolarite.replication.entity.RunStatus;
import org.scolarite.replication.entity.RunTrigger;

/**
 * R-REPL-2, the issue's own scenario: the server is killed (kill -9) in the middle of a run, started again, the run
 * resumed; the database ends exactly as a clean run of the same exports left it. Three steps in order, across the
 * crash: the first (in the server) replicates a clean académie and starts the run of a second one; the second (in
 * this JVM) kills the Payara domain and starts it again; the third (in the server again) finds the run interrupted,
 * resumes it, and compares. The steps hand over through a file in the drop zone's root.
 *
 * <p>Needs the domain it runs on ({@code it.domain.dir}, {@code it.asadmin}): {@code bin/test} gives them, and runs
 * this test on its own after every other one (the module's failsafe configuration excludes it otherwise): a domain
 * started again from a test is not the one the other tests were given.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReplicationCrashIT {

    private static final String NAME = "replication-crash-it";
    private static final int PUPILS = 4000;
    private static final Duration RESTART_PATIENCE = Duration.ofMinutes(5);

    @Deployment
    static WebArchive deployment() {
        return BatchItDeployment.war(NAME, ReplicationCrashIT.class, SiecleSamples.class, ReplicationFixtures.class);
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
    @Order(1)
    @DisplayName("R-REPL-2 (1/3): a clean run of one académie; the same exports' run of another, killed in the middle")
    void a_clean_run_and_a_run_to_kill() throws Exception {
        ReplicationFixtures fixtures = fixtures();
        Fixture clean = fixtures.academy(2);
        Fixture killed = fixtures.academy(2);
        clean.schools.forEach(school -> school.samples(PUPILS, false));
        killed.schools.forEach(school -> school.samples(PUPILS, false));
        RunDetail reference = fixtures.awaitEnd(clean.admin, launcher.startAcademy(clean.admin, RunTrigger.CONSOLE));
        assertThat(reference.summary().status()).isEqualTo(RunStatus.COMPLETED);

        // One thread and small chunks: the run lasts long enough for the kill to land in the middle of a file.
        long run = ReplicationFixtures.startWith(engine, killed, 20, 1).run();
        await(() -> pupilsRead(runs.detail(killed.admin, run)) > 0);
        // What the kill must find on disk: the clean run, and the killed run under way (see makeDurable).
        fixtures.makeDurable();

        Properties handover = new Properties();
        handover.setProperty("clean", clean.id + " " + clean.admin + " " + reference.summary().id());
        handover.setProperty("killed", killed.id + " " + killed.admin + " " + run);
        try (OutputStream out = Files.newOutputStream(handover())) {
            handover.store(out, NAME);
        }
    }

    @Test
    @Order(2)
    @RunAsClient
    @DisplayName("R-REPL-2 (2/3): kill -9 of the server during the run, then the server started again")
    void kill_the_server_and_start_it_again() throws Exception {
        String domainDir = System.getProperty("it.domain.dir", "");
        String asadmin = System.getProperty("it.asadmin", "");
        assertThat(domainDir).as("it.domain.dir (bin/test gives it)").isNotBlank();
        assertThat(asadmin).as("it.asadmin (bin/test gives it)").isNotBlank();
        long pid = Long.parseLong(Files.readString(Path.of(domainDir, "config", "pid")).trim());
        ProcessHandle server = ProcessHandle.of(pid).orElseThrow(() -> new AssertionError("pas de serveur " + pid));

        assertThat(server.destroyForcibly()).as("SIGKILL sent to " + pid).isTrue();
        server.onExit().get(1, TimeUnit.MINUTES);

        // The domain inherits this JVM's environment, which is bin/test's: the same settings as before the crash.
        Process start = new ProcessBuilder(asadmin, "--interactive=false", "start-domain",
                Path.of(domainDir).getFileName().toString())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertThat(start.waitFor(5, TimeUnit.MINUTES) && start.exitValue() == 0).as("asadmin start-domain").isTrue();
        awaitDeployed("http://localhost:" + System.getProperty("it.http.port") + "/" + NAME
                + "/ArquillianServletRunnerEE9");
    }

    @Test
    @Order(3)
    @DisplayName("R-REPL-2 (3/3): after the restart the killed run is FAILED and its establishments free; resumed, it "
            + "leaves the database exactly as the clean run: same rows, same counts, no duplicate rejection")
    void resumed_run_equals_the_clean_run() throws Exception {
        ReplicationFixtures fixtures = fixtures();
        Properties handover = new Properties();
        try (InputStream in = Files.newInputStream(handover())) {
            handover.load(in);
        }
        String[] cleanIds = handover.getProperty("clean").split(" ");
        String[] killedIds = handover.getProperty("killed").split(" ");
        Fixture clean = fixtures.reload(Long.parseLong(cleanIds[0]), cleanIds[1]);
        Fixture killed = fixtures.reload(Long.parseLong(killedIds[0]), killedIds[1]);
        long run = Long.parseLong(killedIds[2]);

        RunDetail interrupted = runs.detail(killed.admin, run);
        assertThat(interrupted.summary().status()).as("marked at start-up").isEqualTo(RunStatus.FAILED);
        assertThat(pupilsRead(interrupted)).as("killed before the end").isLessThan(2L * PUPILS);
        assertThat(fixtures.count("SELECT COUNT(*) FROM replication_lock WHERE run_id = ?", run))
                .as("establishments released").isZero();

        launcher.restart(killed.admin, run);
        RunDetail resumed = fixtures.awaitEnd(killed.admin, run);

        assertThat(resumed.summary().status()).isEqualTo(RunStatus.COMPLETED);
        RunDetail reference = runs.detail(clean.admin, Long.parseLong(cleanIds[2]));
        assertThat(counts(resumed)).isEqualTo(counts(reference));
        assertSameRows(fixtures.snapshot(killed), fixtures.snapshot(clean), "after a kill -9 and a resumption");
        Files.deleteIfExists(handover());
    }

    private ReplicationFixtures fixtures() {
        return new ReplicationFixtures(em, tx, inbox, runs, dataSource);
    }

    private Path handover() {
        return inbox.root().resolve(NAME + ".properties");
    }

    private static long pupilsRead(RunDetail detail) {
        return detail.schools().stream().flatMap(school -> school.feeds().stream())
                .filter(f -> "PUPILS".equals(f.feed())).mapToLong(FeedCount::read).sum();
    }

    /** The test deployment answers again (any status but 404: the runner wants parameters). */
    private static void awaitDeployed(String url) throws InterruptedException {
        Instant deadline = Instant.now().plus(RESTART_PATIENCE);
        while (Instant.now().isBefore(deadline)) {
            try {
                HttpURLConnection connection = (HttpURLConnection) URI.create(url).toURL().openConnection();
                connection.setConnectTimeout(2000);
                connection.setReadTimeout(10000);
                int status = connection.getResponseCode();
                connection.disconnect();
                if (status != 404 && status != 503) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new AssertionError(url + " ne répond pas après " + RESTART_PATIENCE);
    }
}

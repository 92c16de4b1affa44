package org.scolarite.batch.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.scolarite.batch.replication.ReplicationLauncher;
import org.scolarite.demo.control.DemoScale;
import org.scolarite.demo.control.EntitySink;
import org.scolarite.demo.control.siecle.ExportOptions;
import org.scolarite.demo.control.siecle.ExportSink;
import org.scolarite.replication.boundary.ReplicationInbox;
import org.scolarite.structure.entity.Academy;
import org.scolarite.structure.entity.Establishment;
import org.scolarite.structure.entity.SchoolYear;

/**
 * The replication benchmark (bin/bench-replication, not a test of the suite: its name does not end in IT). On a fresh
 * PostgreSQL database: generates an académie's exports into the drop zones (TELESERVICES_BENCH_STUDENTS pupils, 20 000
 * by default), runs the real {@code replication} job over every establishment (first load, with the accounts' pre-
 * creation; once on the server just started, then again from empty tables on the warm server, which is measured),
 * then again on the same exports (nothing changes), sampling the server's heap; then measures what
 * PostgreSQL's own {@code COPY} takes to load the same rows into the same tables (and, as a lower bound, into copies
 * without foreign keys): the physical limit of this machine. Writes the figures to
 * {@code $TMPDIR/teleservices-replication-benchmark.txt}.
 */
@ExtendWith(ArquillianExtension.class)
class ReplicationBenchmark {

    private static final long SEED = 20260901L;
    /** Every table the replication writes, parents first (the order COPY loads them in). */
    private static final List<String> TABLES = List.of("mef", "subject", "mef_programme", "division", "teaching_group",
            "staff_member", "teaching_service", "main_teacher", "student", "student_group", "student_option",
            "guardian", "guardian_link", "account", "account_student", "account_event");

    @Deployment
    static WebArchive deployment() {
        return BatchItDeployment.war("replication-benchmark", ReplicationBenchmark.class);
    }

    @PersistenceContext(unitName = "teleservices")
    private EntityManager em;

    @Inject
    private UserTransaction tx;

    @Inject
    private ReplicationLauncher launcher;

    @Inject
    private ReplicationInbox inbox;

    @Resource(lookup = "jdbc/teleservices")
    private DataSource dataSource;

    @Test
    void benchmark() throws Exception {
        int students = Integer.parseInt(System.getenv().getOrDefault("TELESERVICES_BENCH_STUDENTS", "20000"));
        List<String> report = new ArrayList<>();
        LocalDate today = LocalDate.now();

        long generationStart = System.nanoTime();
        List<Object> structure = new ArrayList<>();
        ExportSink.Totals totals = generate(students, today, structure);
        double generation = seconds(generationStart);
        long academyId = persistStructure(structure);
        report.add(String.format(Locale.ROOT, "Exports générés : %d établissements, %d élèves, %d personnes, %d fichiers,"
                        + " %.0f Mo, en %.1f s (non compté dans la réplication)", totals.establishments(),
                totals.pupils(), totals.persons(), totals.files(), totals.bytes() / 1e6, generation));

        // A server just started compiles the code while it runs: the first load on it is reported, then done again
        // from empty tables on the warm server (how a server that has run for days does it), which is measured.
        Run cold = replicate(academyId);
        Map<String, Long> rows = countRows();
        long written = rows.values().stream().mapToLong(Long::longValue).sum();
        report.add(String.format(Locale.ROOT, "Premier chargement, serveur tout juste démarré : %,d lignes en %.1f s = "
                + "%,.0f lignes/s", written, cold.seconds, written / cold.seconds));
        emptyReplicatedTables();
        generate(students, today, new ArrayList<>());
        Run first = replicate(academyId);
        assertThat(countRows()).as("the first load again, from empty tables").isEqualTo(rows);
        report.add(String.format(Locale.ROOT, "Premier chargement, serveur chaud : %,d lignes en %.1f s = %,.0f lignes/s "
                + "; tas max %d Mio (avant : %d Mio)", written, first.seconds, written / first.seconds,
                first.peakHeapMiB, first.baseHeapMiB));
        report.add("  lignes par table : " + rows);

        generate(students, today, new ArrayList<>());
        Run again = replicate(academyId);
        assertThat(countRows()).as("the same exports again change nothing").isEqualTo(rows);
        report.add(String.format(Locale.ROOT, "Mêmes exports rejoués : %.1f s (%.1f× plus rapide) ; tas max %d Mio",
                again.seconds, first.seconds / again.seconds, again.peakHeapMiB));

        Copy copies = copySameRows();
        double copy = copies.sameTables();
        report.add(String.format(Locale.ROOT, "COPY PostgreSQL des mêmes %,d lignes dans les mêmes tables (clés "
                + "étrangères vérifiées) : %.1f s = %,.0f lignes/s ; dans des copies sans clé étrangère : %.1f s = "
                + "%,.0f lignes/s", written, copy, written / copy, copies.withoutForeignKeys(),
                written / copies.withoutForeignKeys()));
        report.add(String.format(Locale.ROOT, "Réplication / COPY : %.0f %% (objectif ≥ 50 %%) ; rejeu %.1f× (objectif "
                + "≥ 3×) ; tas max %d Mio (objectif < 1 024)", 100 * (written / first.seconds) / (written / copy),
                first.seconds / again.seconds, Math.max(first.peakHeapMiB, again.peakHeapMiB)));

        String text = String.join(System.lineSeparator(), report) + System.lineSeparator();
        Files.writeString(Path.of(System.getProperty("java.io.tmpdir"), "teleservices-replication-benchmark.txt"), text);
        System.out.print(text);
    }

    /** Writes the académie's exports into the drop zones; keeps the académie, its year and establishments. */
    private ExportSink.Totals generate(int students, LocalDate today, List<Object> structure) {
        Path root = inbox.root().resolve("inbox");
        ExportSink sink = new ExportSink(root, SEED, ExportOptions.current(today.atTime(6, 0)));
        EntitySink both = new EntitySink() {
            @Override
            public void persist(Object entity) {
                sink.persist(entity);
                if (entity instanceof Academy || entity instanceof SchoolYear || entity instanceof Establishment) {
                    structure.add(entity);
                }
            }

            @Override
            public void establishmentDone() {
                sink.establishmentDone();
            }
        };
        new org.scolarite.demo.control.DemoDataGenerator(SEED, DemoScale.ofStudents(students), today,
                ExportSink.noAccounts()).generate(both);
        return sink.totals();
    }

    private long persistStructure(List<Object> structure) throws Exception {
        tx.begin();
        structure.forEach(em::persist);
        tx.commit();
        return structure.stream().filter(Academy.class::isInstance).map(Academy.class::cast).findFirst()
                .orElseThrow().getId();
    }

    private record Run(double seconds, long peakHeapMiB, long baseHeapMiB) {
    }

    /** One nightly run of the académie, timed from start to end, with the server's heap sampled every 100 ms. */
    private Run replicate(long academyId) throws Exception {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        long base = memory.getHeapMemoryUsage().getUsed();
        AtomicLong peak = new AtomicLong(base);
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampler.setDaemon(true);
        sampler.start();
        long start = System.nanoTime();
        long run = launcher.startNightly(academyId);
        String status;
        do {
            Thread.sleep(250);
            status = single("SELECT status FROM replication_run WHERE id = " + run);
        } while ("RUNNING".equals(status));
        double seconds = seconds(start);
        sampler.interrupt();
        assertThat(status).as("run " + run).isIn("COMPLETED", "COMPLETED_WITH_FAILURES");
        return new Run(seconds, peak.get() >> 20, base >> 20);
    }

    /** Back to the state before the first load: the tables the replication writes and its reports, emptied. */
    private void emptyReplicatedTables() throws Exception {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("TRUNCATE " + String.join(", ", TABLES) + ", replication_seen, replication_rejection, "
                    + "replication_file, replication_school, replication_lock, replication_run CASCADE");
            statement.execute("UPDATE establishment SET replicated_year = NULL");
        }
    }

    private Map<String, Long> countRows() throws Exception {
        Map<String, Long> rows = new LinkedHashMap<>();
        for (String table : TABLES) {
            rows.put(table, Long.parseLong(single("SELECT COUNT(*) FROM " + table)));
        }
        return rows;
    }

    /** COPY's times to load the rows the replication wrote: into its very tables, and into copies without keys. */
    private record Copy(double sameTables, double withoutForeignKeys) {
    }

    /**
     * Copies every table out (binary COPY, untimed), then times loading those rows with COPY: first into the same
     * tables, emptied in a transaction that is rolled back afterwards (every index, constraint and foreign key checked,
     * as for the replication's inserts); then into tables created LIKE the real ones in a scratch schema (same columns,
     * indexes, unique and check constraints, but no foreign key): the lower bound.
     */
    private Copy copySameRows() throws Exception {
        Path dir = Files.createTempDirectory("copy-bench");
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
            for (String table : TABLES) {
                try (OutputStream out = Files.newOutputStream(dir.resolve(table))) {
                    copy.copyOut("COPY public." + table + " TO STDOUT (FORMAT binary)", out);
                }
            }
            connection.setAutoCommit(false);
            statement.execute("TRUNCATE " + String.join(", ", TABLES) + " CASCADE");
            double sameTables = copyIn(copy, dir, "public");
            connection.rollback();
            connection.setAutoCommit(true);

            statement.execute("DROP SCHEMA IF EXISTS bench_copy CASCADE");
            statement.execute("CREATE SCHEMA bench_copy");
            for (String table : TABLES) {
                statement.execute("CREATE TABLE bench_copy." + table + " (LIKE public." + table + " INCLUDING ALL)");
            }
            double withoutForeignKeys = copyIn(copy, dir, "bench_copy");
            statement.execute("DROP SCHEMA bench_copy CASCADE");
            return new Copy(sameTables, withoutForeignKeys);
        } finally {
            try (var files = Files.list(dir)) {
                files.forEach(file -> file.toFile().delete());
            }
            Files.deleteIfExists(dir);
        }
    }

    /** Loads every table's rows into the schema's tables, parents first; returns the seconds it took. */
    private static double copyIn(CopyManager copy, Path dir, String schema) throws Exception {
        long start = System.nanoTime();
        for (String table : TABLES) {
            try (InputStream in = Files.newInputStream(dir.resolve(table))) {
                copy.copyIn("COPY " + schema + "." + table + " FROM STDIN (FORMAT binary)", in);
            }
        }
        return seconds(start);
    }

    private String single(String sql) throws Exception {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getString(1);
        }
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}

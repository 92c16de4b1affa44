package org.scolarite.statistics.control;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.scolarite.statistics.entity.EstablishmentLine;
import org.scolarite.statistics.entity.SchoolYearWindow;

/**
 * {@code bin/bench-statistics}: the syntheses' SQL at the académie's scale on PostgreSQL. Generates, with set-based
 * SQL (generate_series), 420 establishments, 250 000 pupils in 24 divisions and 8 MEF each, 450 000 légal guardians
 * (every pupil a légal 1, 200 000 a légal 2 too; one in 97 refused), accounts in every state (notified this year and
 * last year, activating, used, none) and 10 million access rows over the autumn term; then times each synthesis for
 * one establishment and the académie dashboard, several times, with the same code the console's services run
 * ({@link AccountSynthesisReader}, {@link AccessSynthesisSql}) on one JDBC connection — the SQL and its assembly,
 * without the server or Faces around them. Prints the median and the extremes, and the heap's peak. Not a test:
 * never run by the build (its name matches no test pattern); {@code -Dtest=StatisticsBenchmark} runs it.
 *
 * <p>Settings: {@code -Dbench.url} (a PostgreSQL database the benchmark fills: it drops and recreates the schema
 * {@code stats_bench}), {@code -Dbench.user}, {@code -Dbench.students} (250 000), {@code -Dbench.accesses}
 * (10 000 000), {@code -Dbench.keep=true} to reuse the data of a previous run.
 */
class StatisticsBenchmark {

    private static final int ESTABLISHMENTS = 420;
    private static final int DIVISIONS = 24;
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    private static final SchoolYearWindow YEAR =
            new SchoolYearWindow(LocalDate.of(2026, 9, 1), LocalDate.of(2027, 7, 4));
    private static final Path REPORT = Path.of(System.getProperty("java.io.tmpdir"),
            "teleservices-statistics-benchmark.txt");

    private final List<String> report = new ArrayList<>();

    @Test
    void benchmark() throws Exception {
        String url = System.getProperty("bench.url", "jdbc:postgresql://127.0.0.1:5432/teleservices_stats_bench");
        String user = System.getProperty("bench.user", "postgres");
        String password = System.getProperty("bench.password", "");
        int students = Integer.getInteger("bench.students", 250_000);
        int accesses = Integer.getInteger("bench.accesses", 10_000_000);
        boolean keep = Boolean.getBoolean("bench.keep");
        String schemaUrl = url + (url.contains("?") ? "&" : "?") + "currentSchema=stats_bench";
        try (Connection admin = DriverManager.getConnection(url, user, password);
             Statement sql = admin.createStatement()) {
            if (!keep) {
                sql.execute("DROP SCHEMA IF EXISTS stats_bench CASCADE");
            }
        }
        if (!keep) {
            Flyway.configure().dataSource(schemaUrl, user, password).schemas("stats_bench")
                    .locations("classpath:db/migration").load().migrate();
        }
        try (Connection connection = DriverManager.getConnection(schemaUrl, user, password)) {
            if (!keep) {
                generate(connection, students, accesses);
            }
            say(String.format(Locale.ROOT, "Données : %,d élèves, %,d responsables, %,d comptes, %,d accès, "
                            + "%d établissements", count(connection, "student"), count(connection, "guardian"),
                    count(connection, "account"), count(connection, "portal_access"),
                    count(connection, "establishment")));
            measure(connection);
        }
        Files.write(REPORT, report, StandardCharsets.UTF_8);
    }

    private void generate(Connection connection, int students, int accesses) throws SQLException {
        int perSchool = (students + ESTABLISHMENTS - 1) / ESTABLISHMENTS;
        int guardians = students * 9 / 5;
        long start = System.nanoTime();
        try (Statement sql = connection.createStatement()) {
            sql.execute("INSERT INTO academy (id, code, name, portal_url) VALUES (1, 'BENCH', 'Banc', 'https://b')");
            sql.execute("INSERT INTO school_year (id, academy_id, start_year, rentree_date, end_date) VALUES "
                    + "(1, 1, 2025, DATE '2025-09-01', DATE '2026-07-04'), "
                    + "(2, 1, 2026, DATE '2026-09-01', DATE '2027-07-04')");
            sql.execute("INSERT INTO establishment (id, academy_id, uai, kind, name) SELECT e, 1, "
                    + "LPAD(CAST(e AS VARCHAR), 7, '0') || 'X', 'COLLEGE', 'Établissement ' || e "
                    + "FROM generate_series(1, " + ESTABLISHMENTS + ") e");
            sql.execute("INSERT INTO mef (id, code, label, mefstat) SELECT m, '1000000000' || m, 'MEF ' || m, "
                    + "'10' || m FROM generate_series(1, 8) m");
            sql.execute("INSERT INTO division (id, establishment_id, code) SELECT (e - 1) * " + DIVISIONS
                    + " + d, e, 'D' || d FROM generate_series(1, " + ESTABLISHMENTS + ") e, generate_series(1, "
                    + DIVISIONS + ") d");
            // Pupil s: establishment (s-1)/perSchool+1, division (s-1) % 24 + 1 there, MEF ((s-1) % 24) / 3 + 1.
            sql.execute("INSERT INTO student (id, establishment_id, source_id, last_name, first_name, birth_date, sex, "
                    + "mef_id, division_id) SELECT s, (s - 1) / " + perSchool + " + 1, 'S' || s, 'Eleve', 'P', "
                    + "DATE '2012-01-01', 'MALE', ((s - 1) % 24) / 3 + 1, ((s - 1) / " + perSchool + ") * "
                    + DIVISIONS + " + (s - 1) % 24 + 1 FROM generate_series(1, " + students + ") s");
            // Guardian g: légal 1 of pupil g (g <= students), else légal 2 of pupil g - students.
            sql.execute("INSERT INTO guardian (id, establishment_id, source_id, last_name, first_name) SELECT g, "
                    + "(((g - 1) % " + students + ")) / " + perSchool + " + 1, 'G' || g, 'Resp', 'R' "
                    + "FROM generate_series(1, " + guardians + ") g");
            sql.execute("INSERT INTO guardian_link (id, student_id, guardian_id, legal_rank, access_refused) SELECT g, "
                    + "(g - 1) % " + students + " + 1, g, CASE WHEN g <= " + students + " THEN 'FIRST' ELSE 'SECOND' "
                    + "END, g % 97 = 0 FROM generate_series(1, " + guardians + ") g");
            // Pupils' accounts: none for s % 10 in (0, 1), not notified 2, notified 3-4, used 5-9.
            sql.execute("INSERT INTO account (id, version, academy_id, kind, username, username_base, state, "
                    + "notified_on, student_id) SELECT s, 0, 1, 'STUDENT', 'e' || s, 'e', CASE WHEN s % 10 = 2 THEN 'NOT_NOTIFIED' "
                    + "WHEN s % 10 IN (3, 4) THEN 'NOTIFIED' ELSE 'IN_USE' END, "
                    + "CASE WHEN s % 10 = 2 THEN NULL ELSE DATE '2026-09-10' END, s "
                    + "FROM generate_series(1, " + students + ") s WHERE s % 10 > 1");
            // Guardians' accounts: none g % 10 = 0, not notified 1, notified last year 2, activating 3, notified
            // this year 4, used 5-9; each opens its pupil for its holder.
            sql.execute("INSERT INTO account (id, version, academy_id, kind, username, username_base, state, "
                    + "notified_on, guardian_id) SELECT " + students + " + g, 0, 1, 'GUARDIAN', 'r' || g, 'r', "
                    + "CASE g % 10 WHEN 1 THEN 'NOT_NOTIFIED' WHEN 2 THEN 'NOTIFIED' WHEN 3 THEN 'ACTIVATING' "
                    + "WHEN 4 THEN 'NOTIFIED' ELSE 'IN_USE' END, CASE g % 10 WHEN 1 THEN NULL "
                    + "WHEN 2 THEN DATE '2026-06-15' ELSE DATE '2026-09-20' END, g "
                    + "FROM generate_series(1, " + guardians + ") g WHERE g % 10 > 0");
            sql.execute("INSERT INTO account_student (id, account_id, student_id, effective_from, holder_id) SELECT g, "
                    + students + " + g, (g - 1) % " + students + " + 1, DATE '2026-09-01', g "
                    + "FROM generate_series(1, " + guardians + ") g WHERE g % 10 > 0");
            say(String.format(Locale.ROOT, "Personnes et comptes générés en %.1f s", seconds(start)));
            long accessStart = System.nanoTime();
            // Access i: a pupil spread over the académie, a day of the autumn term, a service among 8, a third by
            // the pupil, the rest by a guardian.
            sql.execute("INSERT INTO portal_access (id, occurred_at, access_day, account_id, account_kind, student_id, "
                    + "establishment_id, mef_id, service_key) SELECT i, "
                    + "TIMESTAMP '2026-09-01 08:00:00' + (i % 91) * INTERVAL '1 day', "
                    + "DATE '2026-09-01' + CAST(i % 91 AS INTEGER), "
                    + "CASE WHEN i % 3 = 0 THEN p ELSE " + students + " + p END, "
                    + "CASE WHEN i % 3 = 0 THEN 'STUDENT' ELSE 'GUARDIAN' END, p, (p - 1) / " + perSchool + " + 1, "
                    + "((p - 1) % 24) / 3 + 1, (ARRAY['HOME', 'GRADES', 'SCHOOL_LIFE', 'INFO_SHEET', 'TIMETABLE', "
                    + "'LSU', 'academic-1', 'LINKS'])[CAST(i % 8 AS INTEGER) + 1] "
                    + "FROM (SELECT i, (i * 7919) % " + students + " + 1 AS p FROM generate_series(CAST(1 AS BIGINT), " + accesses
                    + ") i) x");
            say(String.format(Locale.ROOT, "%,d accès générés en %.1f s", accesses, seconds(accessStart)));
            // What autovacuum does to a table that grows by inserts (PostgreSQL 13+): statistics for the planner, and
            // the visibility map that lets the access counts read the index alone.
            sql.execute("VACUUM ANALYZE");
        }
    }

    private void measure(Connection connection) throws SQLException {
        AccountSynthesisReader reader = new AccountSynthesisReader();
        AccessSynthesisSql accesses = new AccessSynthesisSql();
        long establishment = ESTABLISHMENTS / 2;
        for (int warm = 0; warm < 2; warm++) {
            reader.students(connection, establishment + warm, TODAY, YEAR);
            reader.guardians(connection, establishment + warm, TODAY, YEAR);
            accesses.establishment(connection, establishment + warm, YEAR);
        }
        resetPeaks();
        say(time("Synthèse comptes élèves, un établissement", 7, () -> reader.students(connection, establishment,
                TODAY, reader.currentYear(connection, 1, TODAY))));
        say(time("Synthèse comptes responsables, un établissement", 7, () -> reader.guardians(connection,
                establishment, TODAY, reader.currentYear(connection, 1, TODAY))));
        say(time("Synthèse accès téléservices, un établissement", 7, () -> accesses.establishment(connection,
                establishment, reader.currentYear(connection, 1, TODAY))));
        List<EstablishmentLine>[] lines = new List[1];
        say(time("Tableau de bord académique (comptes et accès de tous les établissements)", 3, () -> {
            SchoolYearWindow year = reader.currentYear(connection, 1, TODAY);
            lines[0] = reader.academy(connection, 1, TODAY, year, accesses.perEstablishment(connection, 1, year));
        }));
        say(String.format(Locale.ROOT, "  %d lignes ; pic du tas (JVM du banc) : %d Mio", lines[0].size(),
                peakHeapMiB()));
    }

    private String time(String what, int runs, Work work) throws SQLException {
        long[] millis = new long[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            work.run();
            millis[i] = (System.nanoTime() - start) / 1_000_000;
        }
        Arrays.sort(millis);
        return String.format(Locale.ROOT, "%-75s médiane %5d ms (min %d, max %d, %d passages)", what,
                millis[runs / 2], millis[0], millis[runs - 1], runs);
    }

    @FunctionalInterface
    private interface Work {
        void run() throws SQLException;
    }

    private static long count(Connection connection, String table) throws SQLException {
        try (Statement sql = connection.createStatement();
             ResultSet rows = sql.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static void resetPeaks() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peakHeapMiB() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum() / (1024 * 1024);
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    private void say(String line) {
        System.out.println(line);
        report.add(line);
    }
}

package org.scolarite.statistics.control;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.flywaydb.core.Flyway;

/**
 * The Flyway migrations on an in-memory H2 (the embedded default), or on PostgreSQL in a schema of its own when
 * {@code -Dreplication.test.postgresql} names a database (bin/test's PostgreSQL leg does), and small helpers to insert people and accounts
 * in known states, for the statistics' SQL. One académie (id 1), its school year 2026-2027 (rentrée 1 September,
 * end 4 July).
 */
final class StatisticsDatabase implements AutoCloseable {

    final Connection connection;
    /** The PostgreSQL schema of this database, dropped on close; null on H2. */
    private final String schema;
    private final Statement sql;
    private long nextId = 1000;

    StatisticsDatabase() throws SQLException {
        String postgreSql = System.getProperty("replication.test.postgresql");
        if (postgreSql == null) {
            String url = "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
            Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").load().migrate();
            connection = DriverManager.getConnection(url, "sa", "");
            schema = null;
        } else {
            schema = "t" + UUID.randomUUID().toString().replace("-", "");
            String url = postgreSql + (postgreSql.contains("?") ? "&" : "?") + "currentSchema=" + schema;
            String user = System.getProperty("replication.test.user", "postgres");
            String password = System.getProperty("replication.test.password", "");
            Flyway.configure().dataSource(url, user, password).schemas(schema).locations("classpath:db/migration")
                    .load().migrate();
            connection = DriverManager.getConnection(url, user, password);
        }
        sql = connection.createStatement();
        run("INSERT INTO academy (id, code, name, portal_url) VALUES (1, 'CAEN', 'Caen', 'https://caen')");
        run("INSERT INTO school_year (id, academy_id, start_year, rentree_date, end_date) "
                + "VALUES (1, 1, 2026, DATE '2026-09-01', DATE '2027-07-04')");
    }

    void run(String statement) throws SQLException {
        sql.execute(statement);
    }

    void establishment(long id, String uai, String name) throws SQLException {
        run("INSERT INTO establishment (id, academy_id, uai, kind, name) VALUES (" + id + ", 1, '" + uai
                + "', 'COLLEGE', '" + name + "')");
    }

    void mef(long id, String code, String label, String mefstat) throws SQLException {
        run("INSERT INTO mef (id, code, label, mefstat) VALUES (" + id + ", '" + code + "', '" + label + "', '"
                + mefstat + "')");
    }

    void division(long id, long establishment, String code) throws SQLException {
        run("INSERT INTO division (id, establishment_id, code) VALUES (" + id + ", " + establishment + ", '" + code
                + "')");
    }

    /** A pupil; {@code departure} is an SQL date literal or null. */
    void student(long id, long establishment, Long mef, Long division, String departure) throws SQLException {
        run("INSERT INTO student (id, establishment_id, source_id, last_name, first_name, birth_date, sex, mef_id, "
                + "division_id, departure_date) VALUES (" + id + ", " + establishment + ", 'S" + id + "', 'Eleve" + id
                + "', 'P', DATE '2012-01-01', 'MALE', " + mef + ", " + division + ", "
                + (departure == null ? "NULL" : "DATE '" + departure + "'") + ")");
    }

    void guardian(long id, long establishment) throws SQLException {
        run("INSERT INTO guardian (id, establishment_id, source_id, last_name, first_name) VALUES (" + id + ", "
                + establishment + ", 'G" + id + "', 'Resp" + id + "', 'R')");
    }

    void link(long guardian, long student, String rank, boolean refused) throws SQLException {
        run("INSERT INTO guardian_link (id, student_id, guardian_id, legal_rank, access_refused) VALUES ("
                + (nextId++) + ", " + student + ", " + guardian + ", '" + rank + "', " + refused + ")");
    }

    /** A pupil's account in a state; {@code notifiedOn} an SQL date literal or null. */
    void studentAccount(long student, String state, String notifiedOn) throws SQLException {
        long id = nextId++;
        run("INSERT INTO account (id, version, academy_id, kind, username, username_base, state, notified_on, "
                + "student_id) VALUES (" + id + ", 0, 1, 'STUDENT', 'eleve" + id + "', 'eleve', '" + state + "', "
                + date(notifiedOn) + ", " + student + ")");
    }

    /** A guardian's account in a state, opening the given pupils for him. Returns its id. */
    long guardianAccount(long guardian, String state, String notifiedOn, long... students) throws SQLException {
        long id = nextId++;
        run("INSERT INTO account (id, version, academy_id, kind, username, username_base, state, notified_on, "
                + "guardian_id) VALUES (" + id + ", 0, 1, 'GUARDIAN', 'resp" + id + "', 'resp', '" + state + "', "
                + date(notifiedOn) + ", " + guardian + ")");
        for (long student : students) {
            opens(id, guardian, student);
        }
        return id;
    }

    /** The account opens a pupil for this guardian (R-PORTAL-8: the holder may differ from the account's). */
    void opens(long account, long holder, long student) throws SQLException {
        run("INSERT INTO account_student (id, account_id, student_id, effective_from, holder_id) VALUES ("
                + (nextId++) + ", " + account + ", " + student + ", DATE '2026-09-01', " + holder + ")");
    }

    void access(long establishment, long student, Long mef, String kind, String service, String day)
            throws SQLException {
        run("INSERT INTO portal_access (id, occurred_at, access_day, account_id, account_kind, student_id, "
                + "establishment_id, mef_id, service_key) VALUES (" + (nextId++) + ", TIMESTAMP '" + day
                + " 10:00:00', DATE '" + day + "', 1, '" + kind + "', " + student + ", " + establishment + ", " + mef
                + ", '" + service + "')");
    }

    private static String date(String literal) {
        return literal == null ? "NULL" : "DATE '" + literal + "'";
    }

    @Override
    public void close() throws SQLException {
        if (schema != null) {
            sql.execute("DROP SCHEMA " + schema + " CASCADE");
        }
        connection.close();
    }
}

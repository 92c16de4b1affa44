package org.scolarite.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.scolarite.account.entity.Username;

/** V2__accounts.sql on H2 (the embedded default): the schema exists and enforces what the database must enforce. */
class AccountMigrationTest {

    private Connection connection;
    private Statement sql;

    @BeforeEach
    void migrate() throws SQLException {
        String url = "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").load().migrate();
        connection = DriverManager.getConnection(url, "sa", "");
        sql = connection.createStatement();
        sql.execute("INSERT INTO academy (id, code, name, portal_url) VALUES (1, 'NCY', 'Nancy-Metz', 'https://a')");
        sql.execute("INSERT INTO academy (id, code, name, portal_url) VALUES (2, 'STR', 'Strasbourg', 'https://b')");
        sql.execute("INSERT INTO establishment (id, academy_id, uai, kind, name) "
                + "VALUES (1, 1, '0540001W', 'COLLEGE', 'Collège Jules Ferry')");
        sql.execute("INSERT INTO student (id, establishment_id, source_id, last_name, first_name, birth_date, sex) "
                + "VALUES (1, 1, '1001', 'Dupont', 'Jean', DATE '2012-03-14', 'MALE')");
        sql.execute("INSERT INTO guardian (id, establishment_id, source_id, last_name, first_name) "
                + "VALUES (1, 1, '2001', 'Dupont', 'Marie')");
    }

    @AfterEach
    void close() throws SQLException {
        sql.execute("SHUTDOWN");
        connection.close();
    }

    @Test
    @DisplayName("V2: an account, the pupil it opens and its history can be stored as the entities map them")
    void storesAnAccount() throws SQLException {
        sql.execute("INSERT INTO account (id, version, academy_id, kind, username, username_base, "
                + "temporary_password, state, notified_on, notification_mode, email_validated, student_id) VALUES (1, "
                + "0, 1, 'STUDENT', 'jean.dupont', 'jean.dupont', 'c2VhbGVk', 'NOTIFIED', DATE '2025-09-02', 'LETTER', "
                + "FALSE, 1)");
        sql.execute("INSERT INTO account_student (id, account_id, student_id, effective_from, effective_until) "
                + "VALUES (1, 1, 1, DATE '2025-09-01', NULL)");
        sql.execute("INSERT INTO account_event (id, account_id, occurred_at, actor, event_type, from_state, to_state, "
                + "detail) VALUES (1, 1, TIMESTAMP '2025-09-02 10:30:00', 'admin', 'NOTIFIED', 'NOT_NOTIFIED', "
                + "'NOTIFIED', 'Courrier')");

        try (ResultSet rows = sql.executeQuery("SELECT a.username, e.event_type FROM account a "
                + "JOIN account_event e ON e.account_id = a.id JOIN account_student s ON s.account_id = a.id")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("jean.dupont");
            assertThat(rows.getString(2)).isEqualTo("NOTIFIED");
        }
    }

    @Test
    @DisplayName("R-ACC-2: an identifier is unique in the académie, closed accounts included, and free in another académie")
    void identifierUniqueInTheAcademy() throws SQLException {
        sql.execute(guardianAccount(1, 1, "marie.dupont", "CLOSED"));

        assertThatThrownBy(() -> sql.execute(guardianAccount(2, 1, "marie.dupont", "NOT_NOTIFIED")))
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("UK_ACCOUNT_USERNAME");
        sql.execute(guardianAccount(3, 2, "marie.dupont", "NOT_NOTIFIED"));
    }

    @Test
    @DisplayName("R-ACC-10: the database refuses a pupil's account « En cours d'activation » or notified by e-mail")
    void pupilStatesEnforced() {
        assertThatThrownBy(() -> sql.execute("INSERT INTO account (id, version, academy_id, kind, username, "
                + "username_base, state, notified_on, notification_mode, student_id) VALUES (1, 0, 1, 'STUDENT', "
                + "'jean.dupont', 'jean.dupont', 'ACTIVATING', DATE '2025-09-02', 'LETTER', 1)"))
                .hasMessageContaining("CK_ACCOUNT_PUPIL");
        assertThatThrownBy(() -> sql.execute("INSERT INTO account (id, version, academy_id, kind, username, "
                + "username_base, state, notified_on, notification_mode, student_id) VALUES (1, 0, 1, 'STUDENT', "
                + "'jean.dupont', 'jean.dupont', 'NOTIFIED', DATE '2025-09-02', 'EMAIL', 1)"))
                .hasMessageContaining("CK_ACCOUNT_PUPIL");
    }

    @Test
    @DisplayName("R-ACC-1: a pupil's account is held by a pupil, a guardian's by a guardian")
    void holderMatchesTheKind() {
        assertThatThrownBy(() -> sql.execute("INSERT INTO account (id, version, academy_id, kind, username, "
                + "username_base, state, guardian_id) VALUES (1, 0, 1, 'STUDENT', 'marie.dupont', 'marie.dupont', "
                + "'NOT_NOTIFIED', 1)"))
                .hasMessageContaining("CK_ACCOUNT_HOLDER");
    }

    @Test
    @DisplayName("R-ACC-7: an access period cannot end before it starts")
    void accessPeriodOrdered() throws SQLException {
        sql.execute(guardianAccount(1, 1, "marie.dupont", "NOT_NOTIFIED"));

        assertThatThrownBy(() -> sql.execute("INSERT INTO account_student (id, account_id, student_id, "
                + "effective_from, effective_until) VALUES (1, 1, 1, DATE '2026-01-16', DATE '2026-01-15')"))
                .hasMessageContaining("CK_ACCOUNT_STUDENT_PERIOD");
    }

    @Test
    @DisplayName("V18: accounts stored without their identifier's base get it (jean.dupont2 → jean.dupont), and it is "
            + "required from then on")
    void usernameBaseFilledThenRequired() throws SQLException {
        String url = "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").target("16").load()
                .migrate();
        try (Connection before = DriverManager.getConnection(url, "sa", "");
             Statement statement = before.createStatement()) {
            statement.execute("INSERT INTO academy (id, code, name, portal_url) VALUES (1, 'NCY', 'Nancy', 'https://a')");
            statement.execute("INSERT INTO establishment (id, academy_id, uai, kind, name) "
                    + "VALUES (1, 1, '0540001W', 'COLLEGE', 'Collège Jules Ferry')");
            statement.execute("INSERT INTO guardian (id, establishment_id, source_id, last_name, first_name) "
                    + "VALUES (1, 1, '2001', 'Dupont', 'Jean')");
            statement.execute("INSERT INTO account (id, version, academy_id, kind, username, state, guardian_id) "
                    + "VALUES (1, 0, 1, 'GUARDIAN', 'jean.dupont2', 'NOT_NOTIFIED', 1)");

            Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").load().migrate();

            try (ResultSet base = statement.executeQuery("SELECT username_base FROM account WHERE id = 1")) {
                assertThat(base.next()).isTrue();
                assertThat(base.getString(1)).isEqualTo("jean.dupont");
            }
            assertThatThrownBy(() -> statement.execute("INSERT INTO account (id, version, academy_id, kind, username, "
                    + "state, guardian_id) VALUES (2, 0, 1, 'GUARDIAN', 'jean.dupont3', 'NOT_NOTIFIED', 1)"))
                    .hasMessageContaining("USERNAME_BASE");
        }
    }

    @Test
    @DisplayName("V2: the sequences allocate by 50 from 50, as EclipseLink reads a value as the last of its block of 50")
    void sequencesByFifty() throws SQLException {
        for (String sequence : new String[] {"account_seq", "account_student_seq", "account_event_seq"}) {
            try (ResultSet first = sql.executeQuery("SELECT NEXT VALUE FOR " + sequence)) {
                first.next();
                assertThat(first.getLong(1)).isEqualTo(50);
            }
            try (ResultSet second = sql.executeQuery("SELECT NEXT VALUE FOR " + sequence)) {
                second.next();
                assertThat(second.getLong(1)).isEqualTo(100);
            }
        }
    }

    private static String guardianAccount(long id, long academyId, String username, String state) {
        return "INSERT INTO account (id, version, academy_id, kind, username, username_base, state, notified_on, "
                + "guardian_id) VALUES (" + id + ", 0, " + academyId + ", 'GUARDIAN', '" + username + "', '"
                + Username.of(username).withoutOrderNumber() + "', '" + state + "', DATE '2025-09-02', 1)";
    }
}

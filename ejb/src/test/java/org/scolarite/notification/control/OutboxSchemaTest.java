package org.scolarite.notification.control;

import static org.assertj.core.api.Assertions.assertThatCode;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.scolarite.notification.entity.MailKind;
import org.scolarite.notification.entity.MailStatus;
import org.scolarite.replication.ReplicationDatabase;

/**
 * The outbox table accepts every kind and status the code can write (R-MAIL-1: a message refused by the database is
 * a lost e-mail, and the state change written with it is rolled back too). The kinds are checked by a constraint that
 * each feature adding a kind redefines in its own migration; one that forgets an earlier kind breaks that feature's
 * e-mails only once it runs against the migrated schema — this test applies every migration and tries each value.
 */
class OutboxSchemaTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(MailKind.class)
    @DisplayName("R-MAIL-1: the migrated outbox accepts every MailKind")
    void every_kind(MailKind kind) throws Exception {
        assertThatCode(() -> insert(kind.name(), MailStatus.PENDING.name())).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @EnumSource(MailStatus.class)
    @DisplayName("R-MAIL-1: the migrated outbox accepts every MailStatus")
    void every_status(MailStatus status) throws Exception {
        assertThatCode(() -> insert(MailKind.NOTIFICATION.name(), status.name())).doesNotThrowAnyException();
    }

    private void insert(String kind, String status) throws Exception {
        try (ReplicationDatabase db = new ReplicationDatabase(dir);
             PreparedStatement insert = db.connection.prepareStatement("INSERT INTO outbox_message (id, message_key, "
                     + "recipient, subject, html_body, text_body, kind, status, next_attempt_at, created_at, created_by) "
                     + "VALUES (1, 'k', 'famille@example.fr', 'Objet', '<p>x</p>', 'x', ?, ?, ?, ?, 'test')")) {
            Timestamp now = Timestamp.valueOf(LocalDateTime.of(2026, 12, 1, 10, 0));
            insert.setString(1, kind);
            insert.setString(2, status);
            insert.setTimestamp(3, now);
            insert.setTimestamp(4, now);
            insert.executeUpdate();
        }
    }
}

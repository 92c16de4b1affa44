package org.scolarite.notification.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDateTime;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class OutboxMessageTest {

    private static final LocalDateTime T0 = LocalDateTime.of(2026, 11, 22, 10, 0);
    private static final RetryPolicy POLICY = RetryPolicy.DEFAULT;

    private static OutboxMessage message() {
        return new OutboxMessage("notify:1:2", 7L, "parent@example.org", "Votre compte", "<p>Bonjour</p>", "Bonjour",
                MailKind.NOTIFICATION, "principal.college", T0);
    }

    @Test
    @DisplayName("R-MAIL-1: a new message is PENDING, due at once, with no attempt")
    void newMessageIsPending() {
        OutboxMessage m = message();
        assertThat(m.getStatus()).isEqualTo(MailStatus.PENDING);
        assertThat(m.getAttempts()).isZero();
        assertThat(m.due(T0)).isTrue();
        assertThat(m.due(T0.minusSeconds(1))).isFalse();
    }

    @Test
    @DisplayName("R-MAIL-1: back-off doubles from 1 min and is capped at 1 h")
    void backOff() {
        assertThat(POLICY.delayAfter(1)).isEqualTo(Duration.ofMinutes(1));
        assertThat(POLICY.delayAfter(2)).isEqualTo(Duration.ofMinutes(2));
        assertThat(POLICY.delayAfter(3)).isEqualTo(Duration.ofMinutes(4));
        assertThat(POLICY.delayAfter(6)).isEqualTo(Duration.ofMinutes(32));
        assertThat(POLICY.delayAfter(7)).isEqualTo(Duration.ofHours(1));
        assertThat(POLICY.delayAfter(1000)).isEqualTo(Duration.ofHours(1));
    }

    @Test
    @DisplayName("R-MAIL-1: claimed then delivered → SENT with one attempt")
    void sent() {
        OutboxMessage m = message();
        m.claim(T0, POLICY);
        assertThat(m.getStatus()).isEqualTo(MailStatus.SENDING);
        assertThat(m.getLeaseUntil()).isEqualTo(T0.plus(POLICY.lease()));
        m.sent(T0.plusSeconds(1));
        assertThat(m.getStatus()).isEqualTo(MailStatus.SENT);
        assertThat(m.getAttempts()).isEqualTo(1);
        assertThat(m.getSentAt()).isEqualTo(T0.plusSeconds(1));
        assertThat(m.getLeaseUntil()).isNull();
        assertThat(m.due(T0.plusDays(1))).isFalse();
    }

    @Test
    @DisplayName("R-MAIL-1: a failed attempt goes back to PENDING after the back-off, nothing lost")
    void failedIsRetried() {
        OutboxMessage m = message();
        m.claim(T0, POLICY);
        m.failed("Connection refused", T0, POLICY);
        assertThat(m.getStatus()).isEqualTo(MailStatus.PENDING);
        assertThat(m.getAttempts()).isEqualTo(1);
        assertThat(m.getLastError()).isEqualTo("Connection refused");
        assertThat(m.getNextAttemptAt()).isEqualTo(T0.plusMinutes(1));
        assertThat(m.due(T0.plusSeconds(59))).isFalse();
        assertThat(m.due(T0.plusMinutes(1))).isTrue();
        m.claim(T0.plusMinutes(1), POLICY);
        m.failed("again", T0.plusMinutes(1), POLICY);
        assertThat(m.getNextAttemptAt()).isEqualTo(T0.plusMinutes(3));
    }

    @Test
    @DisplayName("R-MAIL-1: after the last attempt the message is FAILED, visible, and « Renvoyer » queues it again")
    void exhaustedThenRetried() {
        RetryPolicy twice = new RetryPolicy(Duration.ofMinutes(1), Duration.ofHours(1), 2, Duration.ofMinutes(5));
        OutboxMessage m = message();
        m.claim(T0, twice);
        m.failed("down", T0, twice);
        m.claim(T0.plusMinutes(1), twice);
        m.failed("still down", T0.plusMinutes(1), twice);
        assertThat(m.getStatus()).isEqualTo(MailStatus.FAILED);
        assertThat(m.getAttempts()).isEqualTo(2);
        assertThat(m.due(T0.plusDays(1))).isFalse();
        m.retry(T0.plusHours(2));
        assertThat(m.getStatus()).isEqualTo(MailStatus.PENDING);
        assertThat(m.getAttempts()).isZero();
        assertThat(m.due(T0.plusHours(2))).isTrue();
    }

    @Test
    @DisplayName("R-MAIL-1: an expired SENDING lease goes back to PENDING, an unexpired one does not")
    void expiredLease() {
        OutboxMessage m = message();
        m.claim(T0, POLICY);
        assertThat(m.releaseIfLeaseExpired(T0.plusMinutes(4), POLICY)).isFalse();
        assertThat(m.getStatus()).isEqualTo(MailStatus.SENDING);
        assertThat(m.releaseIfLeaseExpired(T0.plusMinutes(6), POLICY)).isTrue();
        assertThat(m.getStatus()).isEqualTo(MailStatus.PENDING);
        assertThat(m.getAttempts()).isEqualTo(1);
        assertThat(m.due(T0.plusMinutes(6))).isTrue();
    }

    @Test
    @DisplayName("R-MAIL-1: a message whose every try is interrupted (it brings its sender down) ends FAILED, not retried forever")
    void interruptedEveryTimeEndsFailed() {
        OutboxMessage m = message();
        LocalDateTime now = T0;
        for (int attempt = 1; attempt <= POLICY.maxAttempts(); attempt++) {
            m.claim(now, POLICY);
            now = now.plus(POLICY.lease()).plusSeconds(1);
            assertThat(m.releaseIfLeaseExpired(now, POLICY)).isTrue();
        }
        assertThat(m.getStatus()).isEqualTo(MailStatus.FAILED);
        assertThat(m.getLastError()).isEqualTo(OutboxMessage.INTERRUPTED);
        assertThat(m.due(now.plusDays(1))).isFalse();
    }

    @Test
    @DisplayName("R-MAIL-1: only due PENDING messages are claimed, results only for SENDING ones, FAILED only retried")
    void illegalTransitions() {
        OutboxMessage m = message();
        assertThatThrownBy(() -> m.sent(T0)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> m.failed("x", T0, POLICY)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> m.retry(T0)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> m.claim(T0.minusSeconds(1), POLICY)).isInstanceOf(IllegalStateException.class);
        m.claim(T0, POLICY);
        assertThatThrownBy(() -> m.claim(T0, POLICY)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    @DisplayName("R-MAIL-1: the last error is truncated to its column")
    void errorTruncated() {
        OutboxMessage m = message();
        m.claim(T0, POLICY);
        m.failed("x".repeat(5000), T0, POLICY);
        assertThat(m.getLastError()).hasSize(OutboxMessage.MAX_ERROR).endsWith("…");
    }

    @Test
    @DisplayName("R-MAIL-1: the Message-ID depends on the key only, so that a resend is recognisable")
    void deterministicMessageId() {
        assertThat(message().messageId("college.fr")).isEqualTo(message().messageId("college.fr"))
                .startsWith("<").endsWith("@college.fr>");
        assertThat(OutboxMessage.messageId("notify:1:3", "college.fr"))
                .isNotEqualTo(message().messageId("college.fr"));
    }

    @Test
    @DisplayName("R-MAIL-1: key, recipient and subject are required")
    void required() {
        assertThatThrownBy(() -> new OutboxMessage(" ", 1L, "a@b.fr", "s", "", "", MailKind.NOTIFICATION, "u", T0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new OutboxMessage("k", 1L, null, "s", "", "", MailKind.NOTIFICATION, "u", T0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new OutboxMessage("k".repeat(201), 1L, "a@b.fr", "s", "", "",
                MailKind.NOTIFICATION, "u", T0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("R-SEC-1: a delivered notification forgets its body (temporary password); a free message keeps it")
    void secretsDoNotOutliveSending() {
        OutboxMessage notification = message();
        notification.claim(T0, POLICY);
        notification.sent(T0.plusSeconds(1));
        assertThat(notification.getTextBody()).isEqualTo(OutboxMessage.CLEARED_BODY).doesNotContain("Bonjour");
        assertThat(notification.getHtmlBody()).doesNotContain("Bonjour");

        OutboxMessage free = new OutboxMessage("free:1:2", 7L, "parent@example.org", "Réunion", "<p>Bonjour</p>",
                "Bonjour", MailKind.FREE_MESSAGE, "principal.college", T0);
        free.claim(T0, POLICY);
        free.sent(T0.plusSeconds(1));
        assertThat(free.getTextBody()).isEqualTo("Bonjour");
    }
}

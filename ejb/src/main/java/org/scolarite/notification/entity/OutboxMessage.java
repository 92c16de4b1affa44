package org.scolarite.notification.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * One e-mail of the transactional outbox (R-MAIL-1), with its delivery state. The state transitions live here, so
 * that they are tested without a container; the sender only claims rows (a conditional UPDATE) and calls them.
 */
@Entity
@Table(name = "outbox_message")
public class OutboxMessage {

    /** What a delivered message that carried a secret keeps of its body. */
    public static final String CLEARED_BODY = "Contenu effacé après l’envoi : il contenait un mot de passe "
            + "provisoire ou un lien personnel.";

    /** Why a message whose every try was interrupted ended FAILED. */
    public static final String INTERRUPTED = "Envoi interrompu à chaque essai (arrêt du serveur pendant l’envoi)\u00a0: "
            + "vérifiez le message avant de le renvoyer.";

    /** The longest last error kept: the column's size. */
    public static final int MAX_ERROR = 1000;

    @Id
    @SequenceGenerator(name = "outbox_message_seq", sequenceName = "outbox_message_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "outbox_message_seq")
    private Long id;

    @Column(name = "message_key", nullable = false, updatable = false)
    private String messageKey;

    @Column(name = "establishment_id", updatable = false)
    private Long establishmentId;

    @Column(nullable = false, updatable = false)
    private String recipient;

    @Column(nullable = false, updatable = false)
    private String subject;

    /** Where answers go (R-SET-5: the family's validated e-mail for a contact message); null for the others. */
    @Column(name = "reply_to", updatable = false)
    private String replyTo;

    /** Cleared once sent when it carried a secret (see {@link #sent}). */
    @Column(name = "html_body", nullable = false)
    private String htmlBody;

    @Column(name = "text_body", nullable = false)
    private String textBody;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private MailKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MailStatus status;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private LocalDateTime nextAttemptAt;

    @Column(name = "lease_until")
    private LocalDateTime leaseUntil;

    @Column(name = "last_error")
    private String lastError;

    @Column(name = "created_at", nullable = false, updatable = false)
    private LocalDateTime createdAt;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "sent_at")
    private LocalDateTime sentAt;

    protected OutboxMessage() {
    }

    public OutboxMessage(String messageKey, Long establishmentId, String recipient, String subject, String htmlBody,
                         String textBody, MailKind kind, String createdBy, LocalDateTime now) {
        this(messageKey, establishmentId, recipient, null, subject, htmlBody, textBody, kind, createdBy, now);
    }

    /** A message that answers to {@code replyTo} (null: to nobody but the sender's address). */
    public OutboxMessage(String messageKey, Long establishmentId, String recipient, String replyTo, String subject,
                         String htmlBody, String textBody, MailKind kind, String createdBy, LocalDateTime now) {
        if (replyTo != null && (replyTo.isBlank() || replyTo.length() > 320)) {
            throw new IllegalArgumentException("reply-to must be an address of at most 320 characters");
        }
        this.replyTo = replyTo;
        this.messageKey = requireText(messageKey, "message key");
        if (messageKey.length() > 200) {
            throw new IllegalArgumentException("message key longer than 200 characters");
        }
        this.establishmentId = establishmentId;
        this.recipient = requireText(recipient, "recipient");
        this.subject = requireText(subject, "subject");
        this.htmlBody = Objects.requireNonNull(htmlBody, "HTML body");
        this.textBody = Objects.requireNonNull(textBody, "text body");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.createdBy = requireText(createdBy, "created by");
        this.createdAt = Objects.requireNonNull(now);
        this.status = MailStatus.PENDING;
        this.nextAttemptAt = now;
    }

    private static String requireText(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " is required");
        }
        return value;
    }

    /** Whether a sender may claim it now. */
    public boolean due(LocalDateTime now) {
        return status == MailStatus.PENDING && !nextAttemptAt.isAfter(now);
    }

    /** Claimed by a sender until {@code now + lease} (the database does the same with a conditional UPDATE). */
    public void claim(LocalDateTime now, RetryPolicy policy) {
        if (!due(now)) {
            throw new IllegalStateException("message " + messageKey + " is not due");
        }
        status = MailStatus.SENDING;
        leaseUntil = now.plus(policy.lease());
    }

    /**
     * Delivered. A message that carried a secret — a temporary password, a validation or reset link — forgets its
     * body: once it has left, the server has no reason to keep a password or a live link in clear (R-SEC-1).
     */
    public void sent(LocalDateTime now) {
        requireStatus(MailStatus.SENDING);
        attempts++;
        status = MailStatus.SENT;
        sentAt = now;
        leaseUntil = null;
        lastError = null;
        if (kind.carriesSecret()) {
            htmlBody = "<p>" + CLEARED_BODY + "</p>";
            textBody = CLEARED_BODY;
        }
    }

    /** A failed attempt: retried after the policy's back-off, or FAILED when the attempts are exhausted. */
    public void failed(String error, LocalDateTime now, RetryPolicy policy) {
        requireStatus(MailStatus.SENDING);
        attempts++;
        lastError = truncate(error == null || error.isBlank() ? "erreur inconnue" : error);
        leaseUntil = null;
        if (policy.exhausted(attempts)) {
            status = MailStatus.FAILED;
        } else {
            status = MailStatus.PENDING;
            nextAttemptAt = now.plus(policy.delayAfter(attempts));
        }
    }

    /**
     * A SENDING message whose lease expired: its sender died between the claim and the result. It goes back to
     * PENDING at once (it may or may not have reached the server: the deterministic Message-ID lets a receiver
     * recognise a resend). The interrupted try counts as an attempt, so that a message that brings its sender down at
     * every try ends FAILED, visible to the school, instead of being tried again forever.
     */
    public boolean releaseIfLeaseExpired(LocalDateTime now, RetryPolicy policy) {
        if (status != MailStatus.SENDING || leaseUntil == null || leaseUntil.isAfter(now)) {
            return false;
        }
        attempts++;
        leaseUntil = null;
        if (policy.exhausted(attempts)) {
            status = MailStatus.FAILED;
            lastError = INTERRUPTED;
        } else {
            status = MailStatus.PENDING;
            nextAttemptAt = now;
        }
        return true;
    }

    /** « Renvoyer »: an admin puts a FAILED message back in the queue, with a fresh count of attempts. */
    public void retry(LocalDateTime now) {
        requireStatus(MailStatus.FAILED);
        status = MailStatus.PENDING;
        attempts = 0;
        nextAttemptAt = now;
    }

    private void requireStatus(MailStatus expected) {
        if (status != expected) {
            throw new IllegalStateException("message " + messageKey + " is " + status + ", not " + expected);
        }
    }

    static String truncate(String error) {
        return error.length() <= MAX_ERROR ? error : error.substring(0, MAX_ERROR - 1) + "…";
    }

    /**
     * The Message-ID of every attempt of this message, derived from its key only: a resend after a crash carries
     * the same Message-ID, so that a mail server or client can recognise the duplicate.
     */
    public String messageId(String domain) {
        return messageId(messageKey, domain);
    }

    public static String messageId(String messageKey, String domain) {
        java.util.UUID uuid = java.util.UUID.nameUUIDFromBytes(
                messageKey.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return "<" + uuid + "@" + domain + ">";
    }

    public Long getId() { return id; }
    public String getMessageKey() { return messageKey; }
    public Long getEstablishmentId() { return establishmentId; }
    public String getRecipient() { return recipient; }
    public String getReplyTo() { return replyTo; }
    public String getSubject() { return subject; }
    public String getHtmlBody() { return htmlBody; }
    public String getTextBody() { return textBody; }
    public MailKind getKind() { return kind; }
    public MailStatus getStatus() { return status; }
    public int getAttempts() { return attempts; }
    public LocalDateTime getNextAttemptAt() { return nextAttemptAt; }
    public LocalDateTime getLeaseUntil() { return leaseUntil; }
    public String getLastError() { return lastError; }
    public LocalDateTime getCreatedAt() { return createdAt; }
    public String getCreatedBy() { return createdBy; }
    public LocalDateTime getSentAt() { return sentAt; }
}

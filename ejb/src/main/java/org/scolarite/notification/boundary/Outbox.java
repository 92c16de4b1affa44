package org.scolarite.notification.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import org.scolarite.audit.boundary.AuditTrail;
import org.scolarite.notification.entity.MailKind;
import org.scolarite.notification.entity.MailStatus;
import org.scolarite.notification.entity.OutboxMessage;
import org.scolarite.staff.boundary.StaffDirectory;
import org.scolarite.staff.entity.StaffRole;

/**
 * The transactional mail outbox (R-MAIL-1). {@link #enqueue} writes the message in the caller's transaction
 * (MANDATORY), with the state change that causes it: both are committed or neither. The {@link OutboxSender}
 * delivers later. The console reads the establishment's messages and puts failed ones back in the queue.
 */
@Stateless
public class Outbox {

    @PersistenceContext(unitName = "teleservices")
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private StaffDirectory staff;

    @Inject
    private AuditTrail audit;

    @Inject
    private OutboxSender sender;

    /** Whether e-mail is delivered; when not (no SMTP configured), the demo mailbox shows the pending messages. */
    public boolean deliveryEnabled() {
        return sender.smtpConfigured();
    }

    /**
     * Queues one e-mail. The key is the caller's idempotency key (« notify:&lt;accountId&gt;:&lt;eventId&gt; »):
     * when a message with this key exists already, nothing is queued. Two transactions racing on the same new key
     * cannot both commit: the unique {@code message_key} stops the second at its flush (or commit), which rolls it
     * back whole, its state change included; retried, it finds the key and queues nothing.
     *
     * @return whether the message is new
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public boolean enqueue(String messageKey, Long establishmentId, String recipient, String subject, String htmlBody,
                           String textBody, MailKind kind, String createdBy) {
        return enqueue(messageKey, establishmentId, recipient, null, subject, htmlBody, textBody, kind, createdBy);
    }

    /**
     * Same as {@link #enqueue(String, Long, String, String, String, String, MailKind, String)}, for a message whose
     * answers go to {@code replyTo} (R-SET-5: the contact form's message answers to the family, not to the portal).
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public boolean enqueue(String messageKey, Long establishmentId, String recipient, String replyTo, String subject,
                           String htmlBody, String textBody, MailKind kind, String createdBy) {
        if (exists(messageKey)) {
            return false;
        }
        em.persist(new OutboxMessage(messageKey, establishmentId, recipient, replyTo, subject, htmlBody, textBody,
                kind, createdBy, LocalDateTime.now(clock)));
        // Written now, so that the unique key stops a concurrent duplicate here rather than at commit.
        em.flush();
        return true;
    }

    private boolean exists(String messageKey) {
        return !em.createQuery("SELECT m.id FROM OutboxMessage m WHERE m.messageKey = :k", Long.class)
                .setParameter("k", messageKey).setMaxResults(1).getResultList().isEmpty();
    }

    /** « Envois de courriels »: how many messages of the establishment, optionally of one status. */
    public long count(String actor, long establishmentId, MailStatus status) {
        requireManager(actor, establishmentId);
        var query = em.createQuery("SELECT COUNT(m) FROM OutboxMessage m WHERE m.establishmentId = :e"
                + (status == null ? "" : " AND m.status = :s"), Long.class).setParameter("e", establishmentId);
        if (status != null) {
            query.setParameter("s", status);
        }
        return query.getSingleResult();
    }

    /** One page of the establishment's messages, newest first. */
    public List<OutboxMessage> page(String actor, long establishmentId, MailStatus status, int first, int size) {
        requireManager(actor, establishmentId);
        var query = em.createQuery("SELECT m FROM OutboxMessage m WHERE m.establishmentId = :e"
                        + (status == null ? "" : " AND m.status = :s") + " ORDER BY m.createdAt DESC, m.id DESC",
                        OutboxMessage.class).setParameter("e", establishmentId);
        if (status != null) {
            query.setParameter("s", status);
        }
        return query.setFirstResult(first).setMaxResults(Math.min(size, 200)).getResultList();
    }

    /** « Renvoyer »: a FAILED message back to PENDING, audited. False when it is no longer FAILED. */
    public boolean retry(String actor, long establishmentId, long messageId) {
        requireManager(actor, establishmentId);
        OutboxMessage message = em.find(OutboxMessage.class, messageId,
                jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        if (message == null || message.getEstablishmentId() == null
                || message.getEstablishmentId() != establishmentId || message.getStatus() != MailStatus.FAILED) {
            return false;
        }
        message.retry(LocalDateTime.now(clock));
        audit.record(actor, establishmentId, "MAIL_RETRY", message.getRecipient(), message.getSubject());
        return true;
    }

    private void requireManager(String actor, long establishmentId) {
        staff.requireRole(actor, establishmentId, StaffRole.HEAD, StaffRole.DELEGATE);
    }
}

package org.scolarite.notification.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.scolarite.notification.entity.MailStatus;
import org.scolarite.notification.entity.OutboxMessage;
import org.scolarite.notification.entity.RetryPolicy;

/**
 * The sender's short transactions on the outbox (R-MAIL-1), each in its own transaction (REQUIRES_NEW), so that
 * no transaction is open while talking to the SMTP server and a claim is committed before the message is sent.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class OutboxStore {

    @PersistenceContext(unitName = "teleservices")
    private EntityManager em;

    /** The ids of due PENDING messages, oldest first (index {@code ix_outbox_message_due}). */
    public List<Long> dueIds(LocalDateTime now, int limit) {
        return em.createQuery("SELECT m.id FROM OutboxMessage m WHERE m.status = :pending "
                        + "AND m.nextAttemptAt <= :now ORDER BY m.nextAttemptAt, m.id", Long.class)
                .setParameter("pending", MailStatus.PENDING).setParameter("now", now)
                .setMaxResults(limit).getResultList();
    }

    /**
     * Takes one message for this sender until the lease ends: a conditional UPDATE, so that of two senders (two
     * servers, or two overlapping runs) exactly one sees an update count of 1.
     */
    public Optional<OutboxMessage> claim(long id, LocalDateTime now, RetryPolicy policy) {
        int updated = em.createQuery("UPDATE OutboxMessage m SET m.status = :sending, m.leaseUntil = :lease "
                        + "WHERE m.id = :id AND m.status = :pending AND m.nextAttemptAt <= :now")
                .setParameter("sending", MailStatus.SENDING).setParameter("lease", now.plus(policy.lease()))
                .setParameter("id", id).setParameter("pending", MailStatus.PENDING).setParameter("now", now)
                .executeUpdate();
        if (updated != 1) {
            return Optional.empty();
        }
        OutboxMessage message = em.find(OutboxMessage.class, id);
        em.refresh(message);
        em.detach(message);
        return Optional.of(message);
    }

    /** Records a delivery; false when the message is no longer this sender's (its lease expired meanwhile). */
    public boolean markSent(long id, LocalDateTime leaseUntil, LocalDateTime now) {
        OutboxMessage message = stillClaimed(id, leaseUntil);
        if (message == null) {
            return false;
        }
        message.sent(now);
        return true;
    }

    /** Records a failed attempt: back to PENDING after the back-off, or FAILED. */
    public boolean markFailed(long id, LocalDateTime leaseUntil, String error, LocalDateTime now,
                              RetryPolicy policy) {
        OutboxMessage message = stillClaimed(id, leaseUntil);
        if (message == null) {
            return false;
        }
        message.failed(error, now, policy);
        return true;
    }

    private OutboxMessage stillClaimed(long id, LocalDateTime leaseUntil) {
        OutboxMessage message = em.find(OutboxMessage.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (message == null || message.getStatus() != MailStatus.SENDING
                || !leaseUntil.equals(message.getLeaseUntil())) {
            return null;
        }
        return message;
    }

    /** SENDING messages whose lease expired (a sender crashed between claim and result) go back to PENDING. */
    public int releaseExpiredLeases(LocalDateTime now, RetryPolicy policy) {
        List<Long> expired = em.createQuery("SELECT m.id FROM OutboxMessage m WHERE m.status = :sending "
                        + "AND m.leaseUntil < :now", Long.class)
                .setParameter("sending", MailStatus.SENDING).setParameter("now", now)
                .setMaxResults(100).getResultList();
        int released = 0;
        for (Long id : expired) {
            // Locked and checked again: a late result of the crashed sender may have landed meanwhile.
            OutboxMessage message = em.find(OutboxMessage.class, id, LockModeType.PESSIMISTIC_WRITE);
            if (message != null && message.releaseIfLeaseExpired(now, policy)) {
                released++;
            }
        }
        return released;
    }
}

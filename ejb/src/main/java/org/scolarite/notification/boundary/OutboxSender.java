package org.scolarite.notification.boundary;

import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.scolarite.notification.control.MailComposer;
import org.scolarite.notification.control.OutboxStore;
import org.scolarite.notification.entity.OutboxMessage;
import org.scolarite.notification.entity.RetryPolicy;

/**
 * Delivers the outbox (R-MAIL-1) every 15 seconds through the {@code mail/teleservices} session. Each message is
 * claimed in its own short transaction (a conditional UPDATE: two servers or overlapping runs never take the same
 * one), sent outside any transaction, then marked SENT or retried with back-off ({@link RetryPolicy}).
 * <p>
 * Without {@code teleservices.smtp.host} (TELESERVICES_SMTP_HOST, the embedded default) it delivers nothing:
 * messages stay PENDING and the console's demo mailbox shows them.
 * <p>
 * No container lock: the console asks {@link #smtpConfigured()} while a slow SMTP server holds a run, and runs
 * need no mutual exclusion (claims do that); overlapping scheduled runs are merely skipped.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class OutboxSender {

    private static final Logger LOG = Logger.getLogger(OutboxSender.class.getName());

    static final int BATCH = 20;

    @Resource(lookup = "mail/teleservices")
    private Session session;

    @Inject
    @ConfigProperty(name = "teleservices.smtp.host")
    private Optional<String> smtpHost;

    @Inject
    private OutboxStore store;

    @Inject
    private Clock clock;

    private final RetryPolicy policy = RetryPolicy.DEFAULT;

    private final AtomicBoolean running = new AtomicBoolean();

    /** Whether an SMTP server is configured; when not, the demo mailbox is on and nothing is delivered. */
    public boolean smtpConfigured() {
        return smtpHost.filter(host -> !host.isBlank()).isPresent();
    }

    @Schedule(second = "*/15", minute = "*", hour = "*", persistent = false, info = "outbox sender")
    void scheduled() {
        if (!smtpConfigured() || !running.compareAndSet(false, true)) {
            return;
        }
        try {
            deliverDue(session);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Outbox delivery run failed; next run in 15 s", e);
        } finally {
            running.set(false);
        }
    }

    /**
     * One run: expired leases back to PENDING, then up to {@value #BATCH} due messages claimed and sent through the
     * given session. Public so that the integration test can point it at its own SMTP server.
     *
     * @return how many messages were delivered
     */
    public int deliverDue(Session mailSession) {
        store.releaseExpiredLeases(now(), policy);
        int delivered = 0;
        for (Long id : store.dueIds(now(), BATCH)) {
            Optional<OutboxMessage> claimed = store.claim(id, now(), policy);
            if (claimed.isPresent() && deliver(mailSession, claimed.get())) {
                delivered++;
            }
        }
        return delivered;
    }

    private boolean deliver(Session mailSession, OutboxMessage message) {
        try {
            Transport.send(MailComposer.compose(mailSession, message));
        } catch (MessagingException | RuntimeException e) {
            LOG.log(Level.INFO, "E-mail " + message.getMessageKey() + " not delivered: " + e);
            store.markFailed(message.getId(), message.getLeaseUntil(), describe(e), now(), policy);
            return false;
        }
        if (!store.markSent(message.getId(), message.getLeaseUntil(), now())) {
            LOG.warning("E-mail " + message.getMessageKey() + " delivered after its lease expired");
        }
        return true;
    }

    private static String describe(Exception e) {
        StringBuilder text = new StringBuilder(e.getClass().getSimpleName()).append(": ").append(e.getMessage());
        Throwable cause = e.getCause();
        if (cause != null && cause != e) {
            text.append(" (").append(cause.getClass().getSimpleName()).append(": ").append(cause.getMessage())
                    .append(')');
        }
        return text.toString();
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }
}

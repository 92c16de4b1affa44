package org.scolarite.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.ejb.EJBTransactionRequiredException;
import jakarta.inject.Inject;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.scolarite.audit.boundary.AuditHistory;
import org.scolarite.audit.entity.AuditEntry;
import org.scolarite.notification.boundary.Outbox;
import org.scolarite.notification.boundary.OutboxSender;
import org.scolarite.notification.control.OutboxStore;
import org.scolarite.notification.entity.MailKind;
import org.scolarite.notification.entity.MailStatus;
import org.scolarite.notification.entity.OutboxMessage;
import org.scolarite.notification.entity.RetryPolicy;
import org.scolarite.platform.control.ClockProducer;
import org.scolarite.staff.boundary.AccessDeniedException;
import org.scolarite.staff.entity.StaffRole;
import org.scolarite.staff.entity.StaffUser;
import org.scolarite.structure.entity.Academy;
import org.scolarite.structure.entity.Establishment;
import org.scolarite.structure.entity.EstablishmentKind;
import org.scolarite.structure.entity.Uai;

/**
 * The mail outbox on Payara against the real database and a real SMTP server (GreenMail, started here, inside the
 * container, on a free port): nothing sent for a rolled-back change, one e-mail per key, nothing lost or sent twice
 * when the SMTP server is down then back, expired leases released (R-MAIL-1).
 */
@ExtendWith(ArquillianExtension.class)
class OutboxIT {

    private static final String KEY_PREFIX = "outbox-it:";

    @Deployment
    static WebArchive deployment() {
        return ItDeployment.war("outbox-it", OutboxIT.class);
    }

    @PersistenceContext(unitName = "teleservices")
    private EntityManager em;

    @Inject
    private UserTransaction tx;

    @Inject
    private Outbox outbox;

    @Inject
    private OutboxSender sender;

    @Inject
    private OutboxStore store;

    @Inject
    private AuditHistory history;

    @Inject
    private ClockProducer clocks;

    @Inject
    private Clock clock;

    private int port;
    private GreenMail smtp;
    private Session session;
    private String run;
    private long schoolId;
    private String head;
    private String delegate;
    private String accountant;

    @BeforeEach
    void smtpServerAndSchool() throws Exception {
        deleteTestMessages();
        port = freePort();
        smtp = startSmtp();
        Properties props = new Properties();
        props.setProperty("mail.smtp.host", "127.0.0.1");
        props.setProperty("mail.smtp.port", String.valueOf(port));
        props.setProperty("mail.smtp.connectiontimeout", "3000");
        props.setProperty("mail.smtp.timeout", "3000");
        props.setProperty("mail.from", "ne-pas-repondre@teleservices.localhost");
        session = Session.getInstance(props);

        int digits = ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);
        run = KEY_PREFIX + digits + ":";
        tx.begin();
        Academy academy = new Academy("OB" + digits, "Académie " + digits, "http://localhost/");
        em.persist(academy);
        Establishment school = new Establishment(academy, Uai.fromDigits(digits), EstablishmentKind.COLLEGE,
                "Collège " + digits);
        em.persist(school);
        head = staff("obhead" + digits, StaffRole.HEAD, school);
        delegate = staff("obdelegate" + digits, StaffRole.DELEGATE, school);
        accountant = staff("obaccountant" + digits, StaffRole.ACCOUNTANT, school);
        tx.commit();
        schoolId = school.getId();
    }

    @AfterEach
    void cleanUp() throws Exception {
        clocks.shift(Duration.ZERO);
        if (smtp != null) {
            smtp.stop();
        }
        deleteTestMessages();
    }

    @Test
    @DisplayName("R-MAIL-1: an e-mail queued by a change that rolls back is never written nor sent")
    void rolled_back_change_sends_nothing() throws Exception {
        tx.begin();
        assertThat(enqueue("rollback", "a@example.org")).isTrue();
        tx.rollback();

        assertThat(stored("rollback")).isEmpty();
        sender.deliverDue(session);
        assertThat(smtp.getReceivedMessages()).isEmpty();
    }

    @Test
    @DisplayName("R-MAIL-1: enqueue joins the caller's transaction and refuses to run without one")
    void enqueue_requires_a_transaction() {
        assertThatThrownBy(() -> enqueue("no-tx", "a@example.org"))
                .isInstanceOf(EJBTransactionRequiredException.class);
        assertThat(stored("no-tx")).isEmpty();
    }

    @Test
    @DisplayName("R-MAIL-1: the same key queued twice (two admins, a restarted job) gives one e-mail, delivered once")
    void same_key_twice_is_one_message() throws Exception {
        tx.begin();
        assertThat(enqueue("twice", "parent@example.org")).isTrue();
        assertThat(enqueue("twice", "parent@example.org")).isFalse();
        tx.commit();
        tx.begin();
        assertThat(enqueue("twice", "parent@example.org")).isFalse();
        tx.commit();

        assertThat(sender.deliverDue(session)).isEqualTo(1);
        assertThat(sender.deliverDue(session)).isZero();
        assertThat(smtp.getReceivedMessages()).hasSize(1);
        assertThat(stored("twice")).get().extracting(OutboxMessage::getStatus).isEqualTo(MailStatus.SENT);
    }

    @Test
    @DisplayName("R-MAIL-1: a delivered e-mail has a text and an HTML part in UTF-8 and the key's Message-ID")
    void delivered_with_text_and_html() throws Exception {
        commitEnqueue("content", "zoe@example.org");

        assertThat(sender.deliverDue(session)).isEqualTo(1);

        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(1);
        MimeMessage mail = received[0];
        assertThat(mail.getSubject()).isEqualTo("Compte créé : Zoé");
        assertThat(mail.getAllRecipients()[0].toString()).isEqualTo("zoe@example.org");
        assertThat(mail.getMessageID()).isEqualTo(OutboxMessage.messageId(run + "content", "teleservices.localhost"));
        MimeMultipart parts = (MimeMultipart) mail.getContent();
        assertThat(parts.getContentType()).startsWith("multipart/alternative");
        assertThat(parts.getCount()).isEqualTo(2);
        assertThat(parts.getBodyPart(0).getContentType()).startsWith("text/plain");
        assertThat(((String) parts.getBodyPart(0).getContent()).trim()).isEqualTo("Bonjour Zoé");
        assertThat(parts.getBodyPart(1).getContentType()).startsWith("text/html");
        assertThat(((String) parts.getBodyPart(1).getContent()).trim()).isEqualTo("<p>Bonjour <b>Zoé</b></p>");
        OutboxMessage sent = stored("content").orElseThrow();
        assertThat(sent.getStatus()).isEqualTo(MailStatus.SENT);
        assertThat(sent.getAttempts()).isEqualTo(1);
        assertThat(sent.getSentAt()).isNotNull();
    }

    @Test
    @DisplayName("R-MAIL-1: SMTP down → the e-mail stays PENDING and is retried after the back-off; back up → sent once")
    void smtp_down_then_back() throws Exception {
        commitEnqueue("down", "parent@example.org");
        smtp.stop();

        assertThat(sender.deliverDue(session)).isZero();
        OutboxMessage waiting = stored("down").orElseThrow();
        assertThat(waiting.getStatus()).isEqualTo(MailStatus.PENDING);
        assertThat(waiting.getAttempts()).isEqualTo(1);
        assertThat(waiting.getNextAttemptAt()).isAfter(LocalDateTime.now(clock));
        assertThat(waiting.getLastError()).isNotBlank();

        smtp = startSmtp();
        assertThat(sender.deliverDue(session)).as("not due before the back-off").isZero();
        assertThat(smtp.getReceivedMessages()).isEmpty();

        clocks.shift(RetryPolicy.DEFAULT.delayAfter(1).plusSeconds(5));
        assertThat(sender.deliverDue(session)).isEqualTo(1);
        assertThat(sender.deliverDue(session)).isZero();
        assertThat(smtp.getReceivedMessages()).hasSize(1);
        OutboxMessage sent = stored("down").orElseThrow();
        assertThat(sent.getStatus()).isEqualTo(MailStatus.SENT);
        assertThat(sent.getAttempts()).isEqualTo(2);
        assertThat(sent.getLastError()).isNull();
    }

    @Test
    @DisplayName("R-MAIL-1: a message is claimed by one sender only; an expired SENDING lease goes back to PENDING")
    void claims_and_expired_leases() throws Exception {
        commitEnqueue("lease", "parent@example.org");
        long id = stored("lease").orElseThrow().getId();

        Optional<OutboxMessage> first = store.claim(id, LocalDateTime.now(clock), RetryPolicy.DEFAULT);
        assertThat(first).isPresent();
        assertThat(store.claim(id, LocalDateTime.now(clock), RetryPolicy.DEFAULT)).as("already claimed").isEmpty();
        assertThat(stored("lease").orElseThrow().getStatus()).isEqualTo(MailStatus.SENDING);

        // The first sender "crashed": nothing happens before its lease ends.
        assertThat(sender.deliverDue(session)).isZero();
        assertThat(stored("lease").orElseThrow().getStatus()).isEqualTo(MailStatus.SENDING);

        clocks.shift(RetryPolicy.DEFAULT.lease().plusSeconds(5));
        assertThat(store.releaseExpiredLeases(LocalDateTime.now(clock), RetryPolicy.DEFAULT)).isGreaterThanOrEqualTo(1);
        assertThat(stored("lease").orElseThrow().getStatus()).isEqualTo(MailStatus.PENDING);

        assertThat(sender.deliverDue(session)).isEqualTo(1);
        assertThat(smtp.getReceivedMessages()).hasSize(1);
        // The crashed sender's late result is ignored: its lease is gone.
        assertThat(store.markFailed(id, first.get().getLeaseUntil(), "late", LocalDateTime.now(clock),
                RetryPolicy.DEFAULT)).isFalse();
        assertThat(stored("lease").orElseThrow().getStatus()).isEqualTo(MailStatus.SENT);
    }

    @Test
    @DisplayName("R-MAIL-1, R-ROLE-1: head and delegate see the school's e-mails and resend a FAILED one, audited")
    void console_lists_and_resends() throws Exception {
        commitEnqueue("failed", "parent@example.org");
        tx.begin();
        em.createQuery("UPDATE OutboxMessage m SET m.status = :failed, m.attempts = 10 WHERE m.messageKey = :k")
                .setParameter("failed", MailStatus.FAILED).setParameter("k", run + "failed").executeUpdate();
        tx.commit();
        long id = stored("failed").orElseThrow().getId();

        assertThat(outbox.count(delegate, schoolId, null)).isEqualTo(1);
        assertThat(outbox.count(delegate, schoolId, MailStatus.FAILED)).isEqualTo(1);
        assertThat(outbox.count(delegate, schoolId, MailStatus.PENDING)).isZero();
        assertThat(outbox.page(head, schoolId, MailStatus.FAILED, 0, 10)).extracting(OutboxMessage::getId)
                .containsExactly(id);
        assertThatThrownBy(() -> outbox.page(accountant, schoolId, null, 0, 10))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> outbox.retry(accountant, schoolId, id)).isInstanceOf(AccessDeniedException.class);

        assertThat(outbox.retry(delegate, schoolId, id)).isTrue();
        assertThat(outbox.retry(delegate, schoolId, id)).as("no longer FAILED").isFalse();
        OutboxMessage queued = stored("failed").orElseThrow();
        assertThat(queued.getStatus()).isEqualTo(MailStatus.PENDING);
        assertThat(queued.getAttempts()).isZero();
        assertThat(history.page(head, schoolId, 0, 10)).extracting(AuditEntry::getAction).contains("MAIL_RETRY");

        assertThat(sender.deliverDue(session)).isEqualTo(1);
        assertThat(smtp.getReceivedMessages()).hasSize(1);
    }

    private boolean enqueue(String key, String recipient) {
        return outbox.enqueue(run + key, schoolId, recipient, "Compte créé : Zoé", "<p>Bonjour <b>Zoé</b></p>",
                "Bonjour Zoé", MailKind.NOTIFICATION, head);
    }

    private void commitEnqueue(String key, String recipient) throws Exception {
        tx.begin();
        assertThat(enqueue(key, recipient)).isTrue();
        tx.commit();
    }

    private Optional<OutboxMessage> stored(String key) {
        List<OutboxMessage> found = em.createQuery("SELECT m FROM OutboxMessage m WHERE m.messageKey = :k",
                        OutboxMessage.class).setParameter("k", run + key).getResultList();
        return found.stream().findFirst();
    }

    /**
     * Deletes this suite's messages and puts those other suites left pending (notifications, validation links) out of
     * the sender's reach for a century: the sender delivers every due message of the database, and the counts below
     * are this suite's.
     */
    private void deleteTestMessages() throws Exception {
        tx.begin();
        em.createQuery("DELETE FROM OutboxMessage m WHERE m.messageKey LIKE :prefix")
                .setParameter("prefix", KEY_PREFIX + "%").executeUpdate();
        em.createQuery("UPDATE OutboxMessage m SET m.nextAttemptAt = :later WHERE m.status = :pending")
                .setParameter("later", LocalDateTime.now(clock).plusYears(100))
                .setParameter("pending", MailStatus.PENDING).executeUpdate();
        tx.commit();
    }

    private GreenMail startSmtp() {
        GreenMail server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        return server;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }

    private String staff(String username, StaffRole role, Establishment school) {
        StaffUser user = new StaffUser(username, "not-used", username, null);
        user.grant(role, school);
        em.persist(user);
        return username;
    }
}

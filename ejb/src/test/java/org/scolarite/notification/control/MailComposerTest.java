package org.scolarite.notification.control;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.time.LocalDateTime;
import java.util.Properties;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.scolarite.notification.entity.MailKind;
import org.scolarite.notification.entity.OutboxMessage;

class MailComposerTest {

    @Test
    @DisplayName("R-MAIL-1: multipart/alternative, text then HTML in UTF-8, Message-ID from the key")
    void composes() throws Exception {
        Properties props = new Properties();
        props.setProperty("mail.from", "ne-pas-repondre@college.example.fr");
        Session session = Session.getInstance(props);
        OutboxMessage message = new OutboxMessage("notify:1:2", 7L, "parent@example.org", "Élève : compte créé",
                "<p>Bonjour Zoé</p>", "Bonjour Zoé", MailKind.NOTIFICATION, "principal.college",
                LocalDateTime.of(2026, 11, 22, 10, 0));
        MimeMessage mime = MailComposer.compose(session, message);
        assertThat(mime.getSubject()).isEqualTo("Élève : compte créé");
        assertThat(mime.getMessageID()).isEqualTo(message.messageId("college.example.fr"));
        assertThat(mime.getFrom()[0].toString()).isEqualTo("ne-pas-repondre@college.example.fr");
        MimeMultipart parts = (MimeMultipart) mime.getContent();
        assertThat(parts.getContentType()).startsWith("multipart/alternative");
        assertThat(parts.getBodyPart(0).getContentType()).contains("text/plain").containsIgnoringCase("utf-8");
        assertThat(parts.getBodyPart(0).getContent()).isEqualTo("Bonjour Zoé");
        assertThat(parts.getBodyPart(1).getContentType()).contains("text/html").containsIgnoringCase("utf-8");
        assertThat(parts.getBodyPart(1).getContent()).isEqualTo("<p>Bonjour Zoé</p>");
    }

    @Test
    @DisplayName("R-SET-5: a contact message answers to the family (Reply-To), from the portal's own address; the "
            + "others carry no Reply-To")
    void reply_to() throws Exception {
        Properties props = new Properties();
        props.setProperty("mail.from", "ne-pas-repondre@college.example.fr");
        Session session = Session.getInstance(props);
        LocalDateTime now = LocalDateTime.of(2026, 11, 22, 10, 0);
        OutboxMessage contact = new OutboxMessage("contact:1:x", 7L, "ce.0141234a@ac-normandie.fr",
                "famille.martin@example.org", "Absence", "<p>Bonjour</p>", "Bonjour", MailKind.CONTACT_MESSAGE,
                "claire.martin", now);
        MimeMessage mime = MailComposer.compose(session, contact);
        assertThat(mime.getReplyTo()).extracting(Object::toString).containsExactly("famille.martin@example.org");
        assertThat(mime.getFrom()[0].toString()).isEqualTo("ne-pas-repondre@college.example.fr");
        assertThat(mime.getHeader("Reply-To")).isNotNull();

        OutboxMessage plain = new OutboxMessage("notify:1:2", 7L, "parent@example.org", "Compte", "<p>x</p>", "x",
                MailKind.NOTIFICATION, "principal.college", now);
        assertThat(MailComposer.compose(session, plain).getHeader("Reply-To")).isNull();
    }

    @Test
    @DisplayName("R-MAIL-1: the Message-ID's domain is the sender's, or a default")
    void domain() {
        assertThat(MailComposer.domainOf(null)).isEqualTo(MailComposer.DEFAULT_DOMAIN);
        assertThat(MailComposer.domainOf("x@ac-normandie.fr")).isEqualTo("ac-normandie.fr");
        assertThat(MailComposer.domainOf("nobody")).isEqualTo(MailComposer.DEFAULT_DOMAIN);
    }
}

package org.scolarite.notification.control;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.nio.charset.StandardCharsets;
import org.scolarite.notification.entity.OutboxMessage;

/**
 * Turns an outbox message into a MIME message (R-MAIL-1): multipart/alternative, plain text first then HTML, both
 * UTF-8, a Reply-To when the message has one, and a Message-ID derived from the message key, the same at every attempt.
 */
public final class MailComposer {

    static final String DEFAULT_DOMAIN = "teleservices.localhost";

    private MailComposer() {
    }

    public static MimeMessage compose(Session session, OutboxMessage message) throws MessagingException {
        String messageId = message.messageId(domainOf(session.getProperty("mail.from")));
        MimeMessage mime = new MimeMessage(session) {
            @Override
            protected void updateMessageID() throws MessagingException {
                setHeader("Message-ID", messageId);
            }
        };
        mime.setFrom();
        mime.setRecipient(jakarta.mail.Message.RecipientType.TO, new InternetAddress(message.getRecipient(), true));
        if (message.getReplyTo() != null) {
            // R-SET-5: the school answers the family directly; the sender stays the portal's own address.
            mime.setReplyTo(new InternetAddress[] {new InternetAddress(message.getReplyTo(), true)});
        }
        mime.setSubject(message.getSubject(), StandardCharsets.UTF_8.name());
        MimeBodyPart text = new MimeBodyPart();
        text.setText(message.getTextBody(), StandardCharsets.UTF_8.name(), "plain");
        MimeBodyPart html = new MimeBodyPart();
        html.setText(message.getHtmlBody(), StandardCharsets.UTF_8.name(), "html");
        MimeMultipart alternative = new MimeMultipart("alternative");
        alternative.addBodyPart(text);
        alternative.addBodyPart(html);
        mime.setContent(alternative);
        mime.saveChanges();
        return mime;
    }

    static String domainOf(String from) {
        if (from == null) {
            return DEFAULT_DOMAIN;
        }
        int at = from.lastIndexOf('@');
        String domain = at < 0 ? "" : from.substring(at + 1).replaceAll("[^A-Za-z0-9.-]", "");
        return domain.isEmpty() ? DEFAULT_DOMAIN : domain;
    }
}

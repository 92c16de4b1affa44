package org.scolarite.account.control;

import java.util.List;
import org.scolarite.notification.control.MailText;

/**
 * The e-mails of the families' self-service (R-PORTAL-3, R-PORTAL-4): a few short paragraphs and, at most, one link, as
 * HTML (escaped here, so that no identifier or address can inject markup) and as the plain-text part derived from it
 * (R-MAIL-1: every e-mail carries both).
 *
 * @param subject the subject line
 * @param html    the HTML body
 * @param text    the plain-text body
 */
public record SelfServiceMail(String subject, String html, String text) {

    /** Where the families' portal says who wrote. */
    private static final String SIGNATURE = "Scolarité services";

    /**
     * A mail made of plain-text paragraphs (escaped here), with an optional list of emphasised items after the first
     * paragraph (the identifiers of a reminder), an optional link as its own paragraph placed before paragraph
     * {@code linkAfter}, and the signature.
     */
    public static SelfServiceMail of(String subject, List<String> paragraphs, String link, int linkAfter,
                                     List<String> emphasised) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"fr\"><head><meta charset=\"UTF-8\"><title>")
                .append(MailText.escape(SIGNATURE)).append("</title></head>")
                .append("<body style=\"font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#1e1e1e\">");
        for (int i = 0; i < paragraphs.size(); i++) {
            if (link != null && i == linkAfter) {
                html.append(linkParagraph(link));
            }
            html.append("<p>").append(MailText.escape(paragraphs.get(i))).append("</p>");
            if (i == 0 && !emphasised.isEmpty()) {
                html.append("<ul>");
                emphasised.forEach(item -> html.append("<li><strong>").append(MailText.escape(item))
                        .append("</strong></li>"));
                html.append("</ul>");
            }
        }
        if (link != null && linkAfter >= paragraphs.size()) {
            html.append(linkParagraph(link));
        }
        html.append("<p>").append(MailText.escape(SIGNATURE)).append("</p></body></html>");
        String body = html.toString();
        return new SelfServiceMail(subject + " – " + SIGNATURE, body, MailText.fromHtml(body));
    }

    private static String linkParagraph(String link) {
        String escaped = MailText.escape(link);
        return "<p><a href=\"" + escaped + "\">" + escaped + "</a></p>";
    }
}

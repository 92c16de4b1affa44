package org.scolarite.notification.control;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.owasp.html.HtmlSanitizer;

/**
 * The plain-text part of an e-mail made from HTML (R-MAIL-1: every e-mail carries text and HTML): paragraphs separated
 * by a blank line, list items as « – item », line breaks kept, entities decoded. The HTML goes through the OWASP
 * sanitizer's tokenizer, a real HTML parser, rather than regular expressions.
 */
public final class MailText {

    private static final Set<String> PARAGRAPHS = Set.of("p", "h1", "h2", "h3", "ol", "ul", "table", "div");
    private static final Set<String> LINES = Set.of("li", "tr", "br");
    private static final Pattern SPACES = Pattern.compile("[ \\t\\r\\n\\f]+");

    private MailText() {
    }

    public static String fromHtml(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        Collector collector = new Collector();
        HtmlSanitizer.sanitize(html, collector);
        return collector.text.toString().strip() + "\n";
    }

    /** A plain text typed by a user, as HTML: escaped, one paragraph per blank-line-separated block. */
    public static String toHtml(String text) {
        StringBuilder html = new StringBuilder();
        for (String paragraph : text.strip().split("\\R\\s*\\R")) {
            html.append("<p>").append(String.join("<br/>", paragraph.lines().map(MailText::escape).toList()))
                    .append("</p>");
        }
        return html.toString();
    }

    /** Text as HTML character data or attribute value. */
    public static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }

    private static final class Collector implements HtmlSanitizer.Policy {
        private final StringBuilder text = new StringBuilder();
        private final StringBuilder line = new StringBuilder();
        private boolean inPre;

        @Override
        public void openDocument() {
        }

        @Override
        public void closeDocument() {
            endLine();
        }

        @Override
        public void openTag(String elementName, List<String> attributes) {
            if (PARAGRAPHS.contains(elementName)) {
                endParagraph();
            } else if (LINES.contains(elementName)) {
                endLine();
            }
            if ("li".equals(elementName)) {
                line.append("– ");
            }
            inPre = inPre || "pre".equals(elementName);
        }

        @Override
        public void closeTag(String elementName) {
            if (PARAGRAPHS.contains(elementName)) {
                endParagraph();
            } else if (LINES.contains(elementName)) {
                endLine();
            }
        }

        @Override
        public void text(String chunk) {
            line.append(inPre ? chunk : SPACES.matcher(chunk).replaceAll(" "));
        }

        private void endLine() {
            String done = line.toString().strip();
            line.setLength(0);
            if (!done.isEmpty() && !done.equals("–")) {
                text.append(done).append('\n');
            }
        }

        private void endParagraph() {
            endLine();
            if (!text.isEmpty() && !text.toString().endsWith("\n\n")) {
                text.append('\n');
            }
        }
    }
}

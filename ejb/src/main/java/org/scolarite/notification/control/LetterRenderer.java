package org.scolarite.notification.control;

import java.util.Arrays;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.stream.Collectors;
import org.scolarite.notification.entity.LetterField;

/**
 * Fills a letter template with the values of one recipient (R-SET-4). Values are plain text from the school's data
 * and the families' (names, addresses): they are HTML-escaped, never trusted as markup. The template itself is
 * trusted because it was stored through {@code RichTextPolicy.LETTER}.
 */
public final class LetterRenderer {

    private LetterRenderer() {
    }

    /**
     * The letter's HTML: each known field replaced by its escaped value, lines of a multi-line value joined by
     * {@code <br/>}, a missing value left blank, the CNIL mention always the domain's text. An unknown token is left
     * as typed: the template check refuses to save it, and a preview should show it rather than hide the mistake.
     */
    public static String render(String templateHtml, Map<LetterField, String> values) {
        if (templateHtml == null) {
            return "";
        }
        Matcher tokens = LetterField.TOKEN_PATTERN.matcher(templateHtml);
        return tokens.replaceAll(token -> LetterField.fromToken(token.group())
                .map(field -> Matcher.quoteReplacement(toHtml(field.fixedValue().orElseGet(() -> values.get(field)))))
                .orElseGet(() -> Matcher.quoteReplacement(token.group())));
    }

    private static String toHtml(String value) {
        if (value == null) {
            return "";
        }
        return Arrays.stream(value.split("\\R")).map(LetterRenderer::escape).collect(Collectors.joining("<br/>"));
    }

    private static String escape(String text) {
        StringBuilder html = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> html.append("&amp;");
                case '<' -> html.append("&lt;");
                case '>' -> html.append("&gt;");
                case '"' -> html.append("&quot;");
                case '\'' -> html.append("&#39;");
                default -> html.append(c);
            }
        }
        return html.toString();
    }
}

package org.scolarite.settings.control;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.owasp.html.AttributePolicy;
import org.owasp.html.CssSchema;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.HtmlSanitizer;
import org.owasp.html.PolicyFactory;
import org.scolarite.notification.entity.LetterField;

/**
 * What rich text a school may write (R-SET-1 welcome message, R-SET-4 letter templates) and how long it is.
 *
 * <p>The text comes from PrimeFaces' {@code textEditor} (Quill) and is shown to every family of the school, so it is
 * sanitised on the server with the OWASP sanitiser, whatever the browser sent: only the formatting the editor offers
 * survives. Links may only lead to {@code http}, {@code https} or {@code mailto} addresses and always open in a new
 * tab without giving the portal away ({@code rel="noopener noreferrer nofollow"}). Styles are limited to colours,
 * alignment and emphasis: the properties that hide or move text ({@code display}, {@code visibility},
 * {@code font-size}, {@code position}, {@code opacity}…) are dropped, and colours with transparency are refused by the
 * sanitiser's colour grammar (a colour equal to the background remains possible, as in any editor). Classes are limited to Quill's formatting classes: Quill's style sheet also defines
 * classes such as {@code ql-hidden} or {@code ql-clipboard} that would hide text.
 *
 * <p>The letter policy also keeps headings and tables, and keeps the {@code {{field}}} tokens of R-SET-4 exactly
 * as written. The sanitiser would otherwise break every pair of opening braces to defeat client-side template
 * injection; no client-side template engine runs on these pages, and tokens are replaced on the server, their values
 * escaped, before a letter is shown.
 */
public final class RichTextPolicy {

    /** R-SET-1: the welcome message holds at most 2000 characters as the reader sees them ({@link #visibleLength}). */
    public static final int WELCOME_MESSAGE_MAX = 2000;

    private static final String[] TEXT_ELEMENTS =
            {"p", "br", "strong", "b", "em", "i", "u", "s", "ul", "ol", "li", "span", "a"};
    private static final String[] LETTER_ELEMENTS = {"h1", "h2", "h3", "table", "thead", "tbody", "tr", "th", "td"};

    /** Elements after which the reader sees a new line: text on either side is never joined into one word. */
    private static final Set<String> BLOCKS = Set.of("p", "br", "li", "ul", "ol", "h1", "h2", "h3", "table", "thead",
            "tbody", "tr", "th", "td");

    /** The classes Quill's formats write: alignment, indentation, size, font, direction. */
    private static final Pattern QUILL_CLASS = Pattern.compile(
            "ql-(?:align-(?:center|right|justify)|indent-[1-8]|size-(?:small|large|huge)|font-(?:serif|monospace)"
                    + "|direction-rtl)");
    private static final Pattern LINK_TARGET = Pattern.compile("(?i)\\s*(?:https?|mailto):.*", Pattern.DOTALL);
    private static final List<String> STYLE_PROPERTIES = List.of("color", "background-color", "text-align",
            "font-weight", "font-style", "text-decoration", "rgb()");

    /** HTML whitespace, which the browser collapses; a non-breaking space is not in it and counts as typed. */
    private static final Pattern HTML_WHITESPACE = Pattern.compile("[ \\t\\n\\r\\f]+");
    private static final Pattern GRAPHEME = Pattern.compile("\\X");

    /**
     * Tokens cross the sanitiser disguised between two private-use characters, which it passes through as text; any
     * such character in the input is dropped first so that only real tokens come back.
     */
    private static final char SHIELD_OPEN = '\uE000';
    private static final char SHIELD_CLOSE = '\uE001';
    private static final Pattern SHIELDED_TOKEN =
            Pattern.compile(SHIELD_OPEN + "([A-Za-z][A-Za-z0-9]*)" + SHIELD_CLOSE);

    public static final RichTextPolicy WELCOME_MESSAGE = new RichTextPolicy(textPolicy().toFactory(), false);
    public static final RichTextPolicy LETTER =
            new RichTextPolicy(textPolicy().allowElements(LETTER_ELEMENTS).toFactory(), true);

    private final PolicyFactory factory;
    private final boolean keepsTokens;

    private RichTextPolicy(PolicyFactory factory, boolean keepsTokens) {
        this.factory = factory;
        this.keepsTokens = keepsTokens;
    }

    private static HtmlPolicyBuilder textPolicy() {
        return new HtmlPolicyBuilder()
                .allowElements(TEXT_ELEMENTS)
                .allowUrlProtocols("http", "https", "mailto")
                // The protocol filter lets relative addresses through; a message shown on several portals has none.
                .allowAttributes("href").matching(LINK_TARGET).onElements("a")
                .allowElements(RichTextPolicy::opensInNewTab, "a")
                .requireRelsOnLinks("noopener", "noreferrer", "nofollow")
                .allowAttributes("class").matching(quillClassesOnly()).globally()
                // Quill 2 writes bullet lists as <ol><li data-list="bullet">: without it they come back numbered.
                .allowAttributes("data-list").matching(true, "bullet", "ordered").onElements("li")
                .allowStyling(CssSchema.withProperties(STYLE_PROPERTIES));
    }

    /** A link that kept its address opens in a new tab; one whose address was refused is dropped, text kept. */
    private static String opensInNewTab(String elementName, List<String> attributes) {
        for (int i = 0; i < attributes.size(); i += 2) {
            if (attributes.get(i).equals("href")) {
                attributes.add("target");
                attributes.add("_blank");
                break;
            }
        }
        return elementName;
    }

    private static AttributePolicy quillClassesOnly() {
        return (elementName, attributeName, value) -> {
            String kept = Arrays.stream(value.trim().split("\\s+"))
                    .filter(name -> QUILL_CLASS.matcher(name).matches())
                    .collect(Collectors.joining(" "));
            return kept.isEmpty() ? null : kept;
        };
    }

    /** The HTML that may be stored and shown; empty for {@code null}. */
    public String sanitize(String html) {
        if (html == null) {
            return "";
        }
        if (!keepsTokens) {
            return factory.sanitize(html);
        }
        String cleared = html.replace(String.valueOf(SHIELD_OPEN), "").replace(String.valueOf(SHIELD_CLOSE), "");
        String shielded = LetterField.TOKEN_PATTERN.matcher(cleared).replaceAll(SHIELD_OPEN + "$1" + SHIELD_CLOSE);
        return SHIELDED_TOKEN.matcher(factory.sanitize(shielded)).replaceAll("{{$1}}");
    }

    /**
     * The text the reader sees once this policy has been applied, one line per block (paragraph, list item, line
     * break, heading, cell), entities decoded and HTML whitespace collapsed as a browser does.
     */
    public String visibleText(String html) {
        return String.join("\n", visibleLines(html));
    }

    /**
     * The number of characters the reader sees (R-SET-1): text only, entities decoded, counted as user-perceived
     * characters (an accent typed as a combining mark or an emoji made of several code points counts once); the
     * line breaks between blocks do not count. Only what survives sanitising is counted, so that hidden text cannot
     * eat into the limit.
     */
    public int visibleLength(String html) {
        return visibleLines(html).stream().mapToInt(RichTextPolicy::graphemes).sum();
    }

    private List<String> visibleLines(String html) {
        if (html == null || html.isBlank()) {
            return List.of();
        }
        TextCollector collector = new TextCollector();
        HtmlSanitizer.sanitize(sanitize(html), collector);
        return collector.lines;
    }

    private static int graphemes(String text) {
        Matcher matcher = GRAPHEME.matcher(text);
        int count = 0;
        while (matcher.find()) {
            count++;
        }
        return count;
    }

    /** Receives the sanitised HTML as decoded text and tags, and cuts the text into the lines a browser shows. */
    private static final class TextCollector implements HtmlSanitizer.Policy {

        private final List<String> lines = new ArrayList<>();
        private final StringBuilder block = new StringBuilder();

        @Override
        public void openDocument() {
        }

        @Override
        public void closeDocument() {
            endBlock();
        }

        @Override
        public void openTag(String elementName, List<String> attributes) {
            if (BLOCKS.contains(elementName)) {
                endBlock();
            }
        }

        @Override
        public void closeTag(String elementName) {
            if (BLOCKS.contains(elementName)) {
                endBlock();
            }
        }

        @Override
        public void text(String text) {
            block.append(text);
        }

        private void endBlock() {
            String line = HTML_WHITESPACE.matcher(block).replaceAll(" ");
            block.setLength(0);
            int start = line.startsWith(" ") ? 1 : 0;
            int end = line.endsWith(" ") ? line.length() - 1 : line.length();
            if (start < end) {
                lines.add(line.substring(start, end));
            }
        }
    }
}

package org.scolarite.portal.faces;

import java.io.IOException;
import java.io.Writer;
import java.util.Arrays;
import java.util.function.Consumer;
import org.owasp.encoder.Encode;

/**
 * HTML written into memory by a {@link WrittenComponent}: elements and attribute names come from the code, every text
 * and attribute value is escaped for its context by the OWASP Java Encoder. Faces' response writer escapes one
 * character per call into the servlet writer, which encodes each call to UTF-8: for the grades page's hundreds of
 * cells that was a fifth of the page's cost (load test of [P2]); here the markup reaches the response in one write.
 * <p>The encoder's String methods are used, not its Writer ones: they return a value that needs no escaping (a grade, a
 * date, most labels) as it is. The markup is kept in a plain array of chars rather than a {@link StringBuilder},
 * which would store every character on two bytes from the first one outside Latin-1 (« — », « ’ ») on, converting
 * each string appended after, and copy the whole page again into a String at the end.
 */
public final class Markup {

    private char[] chars;

    private int length;

    /** A start tag still open for attributes. */
    private boolean open;

    Markup(int capacity) {
        chars = new char[capacity];
    }

    /**
     * A piece of markup written once and appended as is many times ({@link #append(Fragment)}): the start tags of a
     * table's cells, whose class and column name are the same on every line. Only a {@code Markup} makes one, so it is
     * escaped like the rest.
     */
    public static Fragment fragment(Consumer<Markup> writer) {
        Markup html = new Markup(64);
        writer.accept(html);
        return new Fragment(html.toString());
    }

    /** {@code <name}: attributes may follow. */
    public Markup start(String name) {
        closeStart();
        append('<');
        append(name);
        open = true;
        return this;
    }

    /** {@code name="value"} on the start tag just written; nothing when the value is null. */
    public Markup attribute(String name, Object value) {
        if (!open) {
            throw new IllegalStateException("attribut « " + name + " » hors d’une balise ouvrante");
        }
        if (value != null) {
            append(' ');
            append(name);
            append("=\"");
            append(Encode.forHtmlAttribute(value.toString()));
            append('"');
        }
        return this;
    }

    /** A text, escaped; nothing when null. */
    public Markup text(String content) {
        closeStart();
        if (content != null) {
            append(Encode.forHtmlContent(content));
        }
        return this;
    }

    /** {@code </name>}. */
    public Markup end(String name) {
        closeStart();
        append("</");
        append(name);
        append('>');
        return this;
    }

    /** {@code <name class="styleClass">content</name>}; no class attribute when it is null. */
    public Markup element(String name, String styleClass, String content) {
        return start(name).attribute("class", styleClass).text(content).end(name);
    }

    /** A fragment made by {@link #fragment}. */
    public Markup append(Fragment fragment) {
        closeStart();
        append(fragment.html);
        return this;
    }

    /** Sends the markup to {@code out} in one write. */
    public void writeTo(Writer out) throws IOException {
        closeStart();
        out.write(chars, 0, length);
    }

    @Override
    public String toString() {
        closeStart();
        return new String(chars, 0, length);
    }

    private void closeStart() {
        if (open) {
            append('>');
            open = false;
        }
    }

    private void append(char c) {
        reserve(1);
        chars[length++] = c;
    }

    private void append(String string) {
        int size = string.length();
        reserve(size);
        string.getChars(0, size, chars, length);
        length += size;
    }

    private void reserve(int more) {
        if (length + more > chars.length) {
            chars = Arrays.copyOf(chars, Math.max(chars.length * 2, length + more));
        }
    }

    /** Markup written once by {@link #fragment}, escaped. */
    public static final class Fragment {

        private final String html;

        private Fragment(String html) {
            this.html = html;
        }

        @Override
        public String toString() {
            return html;
        }
    }
}

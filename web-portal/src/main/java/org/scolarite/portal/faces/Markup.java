package org.scolarite.portal.faces;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import org.owasp.encoder.Encode;

/**
 * HTML written into memory by a {@link WrittenList}: elements and attribute names come from the code, every text and
 * attribute value is escaped for its context by the OWASP Java Encoder. Faces' response writer escapes one character
 * per call into the servlet writer, which encodes each call to UTF-8: for the grades page's hundreds of cells that
 * was a fifth of the page's cost (load test of [P2]); here the list reaches the response in one write.
 */
public final class Markup {

    private final Text text;

    /** A start tag still open for attributes. */
    private boolean open;

    Markup(int capacity) {
        text = new Text(capacity);
    }

    /** {@code <name}: attributes may follow. */
    public Markup start(String name) {
        closeStart();
        text.builder.append('<').append(name);
        open = true;
        return this;
    }

    /** {@code name="value"} on the start tag just written; nothing when the value is null. */
    public Markup attribute(String name, Object value) {
        if (!open) {
            throw new IllegalStateException("attribut « " + name + " » hors d’une balise ouvrante");
        }
        if (value != null) {
            text.builder.append(' ').append(name).append("=\"");
            encode(() -> Encode.forHtmlAttribute(text, value.toString()));
            text.builder.append('"');
        }
        return this;
    }

    /** A text, escaped; nothing when null. */
    public Markup text(String content) {
        closeStart();
        if (content != null) {
            encode(() -> Encode.forHtmlContent(text, content));
        }
        return this;
    }

    /** {@code </name>}. */
    public Markup end(String name) {
        closeStart();
        text.builder.append("</").append(name).append('>');
        return this;
    }

    /** {@code <name class="styleClass">content</name>}; no class attribute when it is null. */
    public Markup element(String name, String styleClass, String content) {
        return start(name).attribute("class", styleClass).text(content).end(name);
    }

    @Override
    public String toString() {
        closeStart();
        return text.builder.toString();
    }

    private void closeStart() {
        if (open) {
            text.builder.append('>');
            open = false;
        }
    }

    private static void encode(Encoding encoding) {
        try {
            encoding.run();
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);   // the writer is memory
        }
    }

    @FunctionalInterface
    private interface Encoding {
        void run() throws IOException;
    }

    /**
     * The encoder writes to a {@link Writer}: this one appends to a builder without the lock that
     * {@link java.io.StringWriter} takes on every call.
     */
    private static final class Text extends Writer {

        private final StringBuilder builder;

        Text(int capacity) {
            builder = new StringBuilder(capacity);
        }

        @Override
        public void write(int c) {
            builder.append((char) c);
        }

        @Override
        public void write(char[] chars, int offset, int length) {
            builder.append(chars, offset, length);
        }

        @Override
        public void write(String string, int offset, int length) {
            builder.append(string, offset, offset + length);
        }

        @Override
        public void flush() {
            // memory only
        }

        @Override
        public void close() {
            // memory only
        }
    }
}

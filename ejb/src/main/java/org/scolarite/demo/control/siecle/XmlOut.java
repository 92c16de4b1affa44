package org.scolarite.demo.control.siecle;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.CharsetEncoder;
import java.util.BitSet;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A StAX writer laid out as the real exports are (one element per line, indented), that counts lines so that a
 * fault can say where it is, and writes a character the file's encoding cannot hold as a character reference.
 * The prolog is written here rather than by StAX: the wrong-encoding fault declares one encoding and writes another,
 * which the JDK's writer refuses.
 */
final class XmlOut {

    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();
    /** A new line and the indentation of each depth (the formats nest seven levels at most). */
    private static final String[] INDENTS = java.util.stream.IntStream.range(0, 12)
            .mapToObj(d -> "\n" + "  ".repeat(d)).toArray(String[]::new);

    private final Writer raw;
    private final XMLStreamWriter xml;
    private final CharsetEncoder encoder;
    /** Which characters were asked of the encoder, and its answers: {@code canEncode} allocates on every call. */
    private final BitSet known = new BitSet();
    private final BitSet encodable = new BitSet();
    private int depth;
    private int line = 1;
    /** Whether the element about to be closed has child elements (its closing tag then goes on its own line). */
    private boolean closedChild;
    /** First line holding a character outside ASCII, 0 while none. */
    private int firstNonAsciiLine;

    /**
     * @param raw      the characters' destination, already encoding them into bytes
     * @param encoding the encoding written in the prolog
     */
    XmlOut(Writer raw, CharsetEncoder encoder, String encoding) {
        this.raw = raw;
        this.encoder = encoder;
        try {
            raw.write("<?xml version=\"1.0\" encoding=\"" + encoding + "\"?>");
            xml = FACTORY.createXMLStreamWriter(raw);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    int line() {
        return line;
    }

    int firstNonAsciiLine() {
        return firstNonAsciiLine;
    }

    /** Opens an element on a new line; its attributes follow. */
    XmlOut start(String name) {
        newline();
        try {
            xml.writeStartElement(name);
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        depth++;
        closedChild = false;
        return this;
    }

    XmlOut attribute(String name, String value) {
        try {
            xml.writeAttribute(name, value);
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return this;
    }

    XmlOut end() {
        depth--;
        if (closedChild) {
            newline();
        }
        try {
            xml.writeEndElement();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        closedChild = true;
        return this;
    }

    /** A text element, left out when the value is null (an absent optional element). */
    XmlOut element(String name, String value) {
        return element(name, value, false);
    }

    /** A text element; when the value is null, written empty ({@code <MEL></MEL>}) if {@code emptyWhenNull}. */
    XmlOut element(String name, String value, boolean emptyWhenNull) {
        if (value == null && !emptyWhenNull) {
            return this;
        }
        start(name);
        text(value == null ? "" : value);
        return end();
    }

    /** An element without content, its attributes given as name, value pairs ({@code <UAJ CODE="…"/>}). */
    XmlOut empty(String name, String... attributes) {
        newline();
        try {
            xml.writeEmptyElement(name);
            for (int i = 0; i < attributes.length; i += 2) {
                xml.writeAttribute(attributes[i], attributes[i + 1]);
            }
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        closedChild = true;
        return this;
    }

    /** Text written as is, bypassing StAX: how a fault writes what a correct writer never would. */
    XmlOut raw(String text) {
        try {
            xml.writeCharacters(""); // closes a start tag StAX may still hold open
            xml.flush();
            raw.write(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        line += (int) text.chars().filter(c -> c == '\n').count();
        closedChild = true;
        return this;
    }

    /** A new line at the current depth, as {@link #raw} would start a hand-written element. */
    XmlOut rawLine(String text) {
        return raw("\n" + "  ".repeat(depth) + text);
    }

    /** Ends the document and flushes; the caller closes the stream. */
    void finish() {
        try {
            xml.writeEndDocument();
            xml.flush();
            raw.write('\n');
            raw.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    private void text(String value) {
        try {
            int from = 0;
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                if (c < 0x80) {
                    continue;
                }
                if (firstNonAsciiLine == 0) {
                    firstNonAsciiLine = line;
                }
                if (!canEncode(c)) {
                    xml.writeCharacters(value.substring(from, i));
                    xml.writeEntityRef("#x" + Integer.toHexString(value.codePointAt(i)));
                    i += Character.charCount(value.codePointAt(i)) - 1;
                    from = i + 1;
                }
            }
            xml.writeCharacters(value.substring(from));
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    private boolean canEncode(char c) {
        if (!known.get(c)) {
            known.set(c);
            encodable.set(c, encoder.canEncode(c));
        }
        return encodable.get(c);
    }

    private void newline() {
        try {
            xml.writeCharacters(INDENTS[Math.min(depth, INDENTS.length - 1)]);
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        line++;
    }
}

package org.scolarite.portal.faces;

import org.owasp.encoder.Encode;

/**
 * HTML written into memory by a {@link WrittenList}: elements and attribute names come from the code, every text and
 * attribute value is escaped for its context by the OWASP Java Encoder. Faces' response writer escapes one character
 * per call into the servlet writer, which encodes each call to UTF-8: for the grades page's hundreds of cells that
 * was a fifth of the page's cost (load test of [P2]); here the list reaches the response in one write.
 * The encoder's String methods are used, not its Writer ones: they return a value that needs no escaping (a grade, a
 * date, most labels) as it is, where the Writer path copies every value through a buffer.
 */
public final class Markup {

    private final StringBuilder html;

    /** A start tag still open for attributes. */
    private boolean open;

    Markup(int capacity) {
        html = new StringBuilder(capacity);
    }

    /** {@code <name}: attributes may follow. */
    public Markup start(String name) {
        closeStart();
        html.append('<').append(name);
        open = true;
        return this;
    }

    /** {@code name="value"} on the start tag just written; nothing when the value is null. */
    public Markup attribute(String name, Object value) {
        if (!open) {
            throw new IllegalStateException("attribut « " + name + " » hors d’une balise ouvrante");
        }
        if (value != null) {
            html.append(' ').append(name).append("=\"").append(Encode.forHtmlAttribute(value.toString())).append('"');
        }
        return this;
    }

    /** A text, escaped; nothing when null. */
    public Markup text(String content) {
        closeStart();
        if (content != null) {
            html.append(Encode.forHtmlContent(content));
        }
        return this;
    }

    /** {@code </name>}. */
    public Markup end(String name) {
        closeStart();
        html.append("</").append(name).append('>');
        return this;
    }

    /** {@code <name class="styleClass">content</name>}; no class attribute when it is null. */
    public Markup element(String name, String styleClass, String content) {
        return start(name).attribute("class", styleClass).text(content).end(name);
    }

    @Override
    public String toString() {
        closeStart();
        return html.toString();
    }

    private void closeStart() {
        if (open) {
            html.append('>');
            open = false;
        }
    }
}

package org.scolarite.replication.control.siecle;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One record element of an export read whole (an {@code ELEVE}, a {@code PERSONNE}…): a few dozen small children, so
 * a tree per record keeps the mapping code plain while the file itself is streamed. Texts are trimmed; an empty
 * element ({@code <MEL></MEL>}) has a null text, like an absent one.
 */
final class XmlNode {

    private final String name;
    private final int line;
    private final int column;
    private Map<String, String> attributes;
    private List<XmlNode> children;
    private String text;

    XmlNode(String name, int line, int column) {
        this.name = name;
        this.line = line;
        this.column = column;
    }

    String name() {
        return name;
    }

    int line() {
        return line;
    }

    int column() {
        return column;
    }

    /** The attribute's trimmed value, null when absent or blank. */
    String attribute(String attributeName) {
        return attributes == null ? null : attributes.get(attributeName);
    }

    /** The first child of that name, null when there is none. */
    XmlNode child(String childName) {
        if (children != null) {
            for (XmlNode child : children) {
                if (child.name.equals(childName)) {
                    return child;
                }
            }
        }
        return null;
    }

    /** The element's own text, null when empty (a list of same-named texts: {@code ENSEIGNANT}s). */
    String text() {
        return text;
    }

    /** The text of the first child of that name, null when absent or empty. */
    String text(String childName) {
        XmlNode child = child(childName);
        return child == null ? null : child.text;
    }

    List<XmlNode> children(String childName) {
        List<XmlNode> found = new ArrayList<>();
        if (children != null) {
            for (XmlNode child : children) {
                if (child.name.equals(childName)) {
                    found.add(child);
                }
            }
        }
        return found;
    }

    void setAttribute(String attributeName, String value) {
        String trimmed = value == null ? null : value.strip();
        if (trimmed == null || trimmed.isEmpty()) {
            return;
        }
        if (attributes == null) {
            attributes = new LinkedHashMap<>(4);
        }
        attributes.put(attributeName, trimmed);
    }

    void add(XmlNode child) {
        if (children == null) {
            children = new ArrayList<>();
        }
        children.add(child);
    }

    void setText(String value) {
        String trimmed = value.strip();
        this.text = trimmed.isEmpty() ? null : trimmed;
    }
}

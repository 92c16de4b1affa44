package org.scolarite.demo.control.siecle;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads a generated export back with the JDK's StAX, as the tests need it: every element of a name with its
 * attributes, its direct children's texts and the line it starts on; the sequence of second-level sections; the
 * declared encoding.
 */
final class ExportXml {

    /** An element, its attributes and direct text children (an empty child is ""). */
    record Element(String name, Map<String, String> attributes, Map<String, String> children, int line) {
        String child(String name) {
            return children.get(name);
        }
    }

    /** What a whole document gives: the root, the prolog's encoding, the elements asked for, the sections. */
    record Document(String root, String encoding, List<Element> elements, List<String> sections) {
        List<Element> all(String name) {
            return elements.stream().filter(e -> e.name().equals(name)).toList();
        }
    }

    private static final XMLInputFactory FACTORY = XMLInputFactory.newFactory();

    private ExportXml() {
    }

    static Document read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (XMLStreamException e) {
            throw new IllegalStateException(file + ": " + e.getMessage(), e);
        }
    }

    /** Parses the document, letting the parser find the encoding in the prolog as a reader does. */
    static Document read(InputStream in) throws XMLStreamException {
        XMLStreamReader xml = FACTORY.createXMLStreamReader(in);
        String encoding = xml.getCharacterEncodingScheme();
        String root = null;
        List<Element> elements = new ArrayList<>();
        List<String> sections = new ArrayList<>();
        List<Element> open = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        int depth = 0;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
                String name = xml.getLocalName();
                if (depth == 1) {
                    root = name;
                } else if (depth == 3 && open.get(open.size() - 1).name().equals("DONNEES")) {
                    sections.add(name);
                }
                Map<String, String> attributes = new LinkedHashMap<>();
                for (int i = 0; i < xml.getAttributeCount(); i++) {
                    attributes.put(xml.getAttributeLocalName(i), xml.getAttributeValue(i));
                }
                Element element = new Element(name, attributes, new LinkedHashMap<>(),
                        xml.getLocation().getLineNumber());
                elements.add(element);
                open.add(element);
                text.setLength(0);
            } else if (event == XMLStreamConstants.CHARACTERS) {
                text.append(xml.getText());
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
                Element closed = open.remove(open.size() - 1);
                if (!open.isEmpty()) {
                    open.get(open.size() - 1).children().putIfAbsent(closed.name(),
                            closed.children().isEmpty() ? text.toString().strip() : null);
                }
                text.setLength(0);
            }
        }
        return new Document(root, encoding, elements, sections);
    }
}

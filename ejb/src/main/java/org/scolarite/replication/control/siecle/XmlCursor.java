package org.scolarite.replication.control.siecle;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * A forward-only walk through an export with the JDK's StAX parser: from one element start to the next, knowing the
 * path of open elements, reading a record element whole ({@link #readNode}) or skipping it. The parser decodes the
 * bytes in the encoding the prolog declares (ISO-8859-15, ISO-8859-1 and UTF-8 are all supported by the JDK's parser:
 * checked with œ and € in ISO-8859-15); its errors, in English, become a {@link MalformedExport} with a French reason.
 */
final class XmlCursor implements AutoCloseable {

    /**
     * One factory for every file (creating one is costly; once configured, creating readers from it is safe from
     * several threads). No DTD, no external entity: an export never needs them and they open XXE.
     *
     * <p>The JDK's own parser, not the one the service loader finds: in Payara that is Woodstox, whose locations mean
     * the start of an event (ours are computed for the JDK's, which reports its end: rejections came out one line
     * early) and whose messages {@link #frenchReason} does not know. The JDK's is a little slower (about 0.3 s more per
     * 100 MB of export on this machine), far below what writing the rows costs.
     */
    private static final XMLInputFactory FACTORY = newFactory();

    private static final Pattern UNTERMINATED =
            Pattern.compile("The element type \"(.+?)\" must be terminated by the matching end-tag");
    private static final Pattern BAD_UTF8 = Pattern.compile("Invalid byte \\d+ of \\d+-byte UTF-8 sequence");
    private static final Pattern BAD_CHARACTER = Pattern.compile("An invalid XML character \\(Unicode: (0x\\p{XDigit}+)\\)");
    private static final Pattern UNDECLARED_ENTITY = Pattern.compile("The entity \"(.+?)\" was referenced, but not declared");
    private static final Pattern BAD_ENCODING_NAME = Pattern.compile("Invalid encoding name \"(.+?)\"");

    private final InputStream input;
    private final XMLStreamReader xml;
    private final Deque<String> path = new ArrayDeque<>();
    private int startLine;
    private int startColumn;

    private XmlCursor(InputStream input, XMLStreamReader xml) {
        this.input = input;
        this.xml = xml;
    }

    /** The file without its first {@code element} section (see {@link SectionSkippingStream}). */
    static XmlCursor openWithout(Path file, String element) {
        return open(file, element);
    }

    private static XMLInputFactory newFactory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, false);
        return factory;
    }

    /** Throws {@link UnreadableExport} when the file cannot be opened, {@link MalformedExport} when it is not XML. */
    static XmlCursor open(Path file) {
        return open(file, null);
    }

    private static XmlCursor open(Path file, String skippedElement) {
        InputStream input;
        try {
            input = skippedElement == null ? new BufferedInputStream(Files.newInputStream(file), 1 << 16)
                    : new SectionSkippingStream(Files.newInputStream(file), skippedElement);
        } catch (NoSuchFileException e) {
            throw new UnreadableExport("Fichier introuvable : " + file.getFileName(), e);
        } catch (IOException e) {
            throw new UnreadableExport("Fichier illisible : " + file.getFileName() + " (" + e.getMessage() + ")", e);
        }
        try {
            return new XmlCursor(input, FACTORY.createXMLStreamReader(input));
        } catch (XMLStreamException | RuntimeException e) {
            closeQuietly(input);
            throw malformed(e, 1, 1, input);
        }
    }

    /**
     * Moves to the next element start, below the current one when it was neither read nor skipped; false at the end
     * of the document. The position kept is where the start tag begins (the parser reports where it ends), so that a
     * school finds the record at once.
     */
    boolean nextStart() {
        try {
            while (xml.hasNext()) {
                Location before = xml.getLocation();
                int previous = xml.getEventType();
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    startLine = fileLine(before.getLineNumber(), before.getColumnNumber());
                    // after text the parser has already looked at the '<' (checked on samples)
                    startColumn = before.getColumnNumber() - (previous == XMLStreamConstants.CHARACTERS
                            || previous == XMLStreamConstants.SPACE ? 1 : 0);
                    path.push(xml.getLocalName());
                    return true;
                }
                if (event == XMLStreamConstants.END_ELEMENT) {
                    path.pop();
                }
            }
            return false;
        } catch (XMLStreamException | RuntimeException e) {
            throw malformed(e, startLine, startColumn);
        }
    }

    /** The element the cursor is at. */
    String name() {
        return path.peek();
    }

    /** The element containing the one the cursor is at, null at the root. */
    String parent() {
        if (path.size() < 2) {
            return null;
        }
        var names = path.iterator();
        names.next();
        return names.next();
    }

    int depth() {
        return path.size();
    }

    int line() {
        return startLine;
    }

    int column() {
        return startColumn;
    }

    String attribute(String name) {
        String value = xml.getAttributeValue(null, name);
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** Reads the element the cursor is at, with everything below it; the cursor is then after its end tag. */
    XmlNode readNode() {
        try {
            XmlNode node = startNode(startLine, startColumn);
            path.pop();
            return fill(node);
        } catch (XMLStreamException | RuntimeException e) {
            throw malformed(e, startLine, startColumn);
        }
    }

    /** Passes over the element the cursor is at; the cursor is then after its end tag. */
    void skip() {
        try {
            path.pop();
            int depth = 1;
            while (depth > 0) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    depth++;
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                }
            }
        } catch (XMLStreamException | RuntimeException e) {
            throw malformed(e, startLine, startColumn);
        }
    }

    private XmlNode startNode(int line, int column) {
        XmlNode node = new XmlNode(xml.getLocalName(), line, column);
        for (int i = 0, count = xml.getAttributeCount(); i < count; i++) {
            node.setAttribute(xml.getAttributeLocalName(i), xml.getAttributeValue(i));
        }
        return node;
    }

    /**
     * Children carry no position (only records are located, and asking the parser for one costs an object per
     * element); the text kept is an element's own, the whitespace between children is dropped unread.
     */
    private XmlNode fill(XmlNode node) throws XMLStreamException {
        String text = null;
        StringBuilder more = null;
        while (true) {
            int event = xml.next();
            switch (event) {
                case XMLStreamConstants.START_ELEMENT -> node.add(fill(startNode(0, 0)));
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> {
                    if (blank(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength())) {
                        continue;
                    }
                    // coalesced: one event per text, unless a comment splits it
                    if (text == null) {
                        text = xml.getText();
                    } else {
                        if (more == null) {
                            more = new StringBuilder(text);
                        }
                        more.append(xml.getText());
                    }
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    if (text != null) {
                        node.setText(more == null ? text : more.toString());
                    }
                    return node;
                }
                default -> {
                    // comments, processing instructions and whitespace carry no data
                }
            }
        }
    }

    /** The parser's own isWhiteSpace() costs more than reading the record: most texts fail at their first char. */
    private static boolean blank(char[] chars, int start, int length) {
        for (int i = start, end = start + length; i < end; i++) {
            if (chars[i] > ' ') {
                return false;
            }
        }
        return true;
    }

    @Override
    public void close() {
        try {
            xml.close();
        } catch (XMLStreamException e) {
            // closing a reader only releases buffers: nothing to report
        } finally {
            closeQuietly(input);
        }
    }

    private static void closeQuietly(InputStream input) {
        try {
            input.close();
        } catch (IOException e) {
            // a file only read from loses nothing when its close fails
        }
    }

    private int fileLine(int line, int column) {
        return fileLine(input, line, column);
    }

    private static int fileLine(InputStream input, int line, int column) {
        return input instanceof SectionSkippingStream skipping ? skipping.fileLine(line, column) : line;
    }

    private MalformedExport malformed(Exception e, int fallbackLine, int fallbackColumn) {
        return malformed(e, fallbackLine, fallbackColumn, input);
    }

    private static MalformedExport malformed(Exception e, int fallbackLine, int fallbackColumn, InputStream input) {
        int line = fallbackLine;
        int column = fallbackColumn;
        if (e instanceof XMLStreamException stream && stream.getLocation() != null
                && stream.getLocation().getLineNumber() > 0) {
            line = fileLine(input, stream.getLocation().getLineNumber(), stream.getLocation().getColumnNumber());
            column = stream.getLocation().getColumnNumber();
        }
        String detail = frenchReason(e);
        String reason = BAD_UTF8.matcher(String.valueOf(e.getMessage())).find()
                ? "Encodage incorrect ligne " + line + ", colonne " + column + " : " + detail
                : "XML mal formé ligne " + line + ", colonne " + column + " : " + detail;
        return new MalformedExport(line, column, reason, e);
    }

    /** The parser's messages are in English (the JDK's French ones follow the JVM's default locale only). */
    static String frenchReason(Exception e) {
        String message = String.valueOf(e.getMessage());
        int colon = message.indexOf("Message: ");
        String english = colon >= 0 ? message.substring(colon + "Message: ".length()).strip() : message.strip();
        Matcher matcher = UNTERMINATED.matcher(english);
        if (matcher.find()) {
            return "l'élément <" + matcher.group(1) + "> n'est pas fermé par </" + matcher.group(1)
                    + "> (balise de fin mal orthographiée ou fichier tronqué ?)";
        }
        if (BAD_UTF8.matcher(english).find()) {
            return "octets invalides pour l'encodage déclaré UTF-8 (le fichier est peut-être en ISO-8859-15 : "
                    + "vérifiez l'attribut encoding de la première ligne)";
        }
        matcher = BAD_CHARACTER.matcher(english);
        if (matcher.find()) {
            return "caractère interdit en XML (Unicode " + matcher.group(1) + ")";
        }
        matcher = UNDECLARED_ENTITY.matcher(english);
        if (matcher.find()) {
            return "entité « " + matcher.group(1) + " » non déclarée (DTD et entités externes refusées)";
        }
        matcher = BAD_ENCODING_NAME.matcher(english);
        if (matcher.find()) {
            return "encodage « " + matcher.group(1) + " » inconnu";
        }
        if (english.contains("must start and end within the same entity") || english.contains("Premature end of file")) {
            return "fin de fichier prématurée (fichier tronqué ?)";
        }
        if (english.contains("Content is not allowed in prolog")) {
            return "le fichier ne commence pas par du XML";
        }
        if (english.contains("DOCTYPE") || english.contains("DTD")) {
            return "DTD refusée dans un export";
        }
        return "erreur d'analyse (" + english + ")";
    }
}

package org.scolarite.replication.control.siecle;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import org.scolarite.replication.control.SourceReader;
import org.scolarite.replication.entity.ExportHeader;
import org.scolarite.replication.entity.FileFailure;
import org.scolarite.replication.entity.SourceItem;
import org.scolarite.replication.entity.SourceLocation;

/**
 * What every export reader shares: a queue of items that {@link #produce} fills a record at a time, and the rule that
 * faults are items: when the parser stops, the items already queued are given, then one {@link FileFailure} with the
 * line, the column and the French reason, then the end. {@code next()} never throws for a bad file.
 */
abstract class ExportReader implements SourceReader {

    protected final Path file;
    protected final String fileName;
    protected final Deque<SourceItem> items = new ArrayDeque<>();
    private final ExportHeader header;
    private XmlCursor cursor;
    private boolean ended;

    ExportReader(Path file, ExportHeader header, XmlCursor cursor) {
        this.file = file;
        this.fileName = file.getFileName().toString();
        this.header = header;
        this.cursor = cursor;
    }

    /** Queues the next record(s) with their rejections and anomalies; false once the file has no more. */
    protected abstract boolean produce();

    protected XmlCursor cursor() {
        return cursor;
    }

    /** Starts reading the file again from its beginning, after its {@code PARAMETRES} (two-pass readers). */
    protected void rewind() {
        cursor.close();
        cursor = XmlCursor.open(file);
        ExportHeaders.read(cursor, fileName);
    }

    protected SourceLocation location(XmlNode node, String key) {
        return new SourceLocation(fileName, node.line(), node.column(), node.name(), key);
    }

    @Override
    public ExportHeader header() {
        return header;
    }

    @Override
    public final SourceItem next() {
        while (items.isEmpty() && !ended) {
            try {
                if (!produce()) {
                    end();
                }
            } catch (MalformedExport e) {
                items.add(new FileFailure(new SourceLocation(fileName, e.line(), e.column(), null, null),
                        e.getMessage()));
                end();
            } catch (UnreadableExport e) {
                items.add(new FileFailure(SourceLocation.ofFile(fileName), e.getMessage()));
                end();
            } catch (UncheckedIOException e) {
                items.add(new FileFailure(SourceLocation.ofFile(fileName),
                        "Erreur de lecture du fichier : " + e.getCause().getMessage()));
                end();
            }
        }
        return items.poll();
    }

    private void end() {
        ended = true;
        close();
    }

    @Override
    public void close() {
        cursor.close();
    }
}

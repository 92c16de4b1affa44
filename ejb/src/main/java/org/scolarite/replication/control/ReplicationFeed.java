package org.scolarite.replication.control;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import org.scolarite.replication.entity.SourceItem;

/**
 * The replication's plug-in point (SPI): one CDI bean per kind of export file. The engine finds the feeds with
 * {@code @Any Instance<ReplicationFeed>}; a later issue adds grades, school-life events, report books, timetables or
 * invoices by adding a bean, without touching the engine:
 * <ul>
 * <li>{@link #rootElement()} recognises the feed's files when a run pins them (the header's root element);</li>
 * <li>{@link #order()} says when its files are replicated within an establishment: nomenclature 10, STS 20, pupils 30,
 * guardians 40; later feeds take 100 and more (they point at pupils and structures);</li>
 * <li>{@link #open} streams a file (StAX, deterministic order: a restart skips what was committed by counting);</li>
 * <li>{@link #write} writes one chunk of records in the chunk's transaction with JDBC batching, idempotently (keyed by
 * the source ids; a record whose digest did not change costs no write) and counts each record in
 * {@link FeedContext#counts()}: created, updated or unchanged. Rejections and the file failure never reach the feed:
 * the engine reports them;</li>
 * <li>{@link #reconcile} concludes after every file of the establishment was read, e.g. departures — only from a
 * complete file: {@code complete} is false when the feed's file failed or was absent.</li>
 * </ul>
 */
public interface ReplicationFeed {

    /** The feed's code in reports and pinned files: {@code PUPILS}, later {@code GRADES}… */
    String code();

    /** The feed's name in French, for reports and the rejection CSV (« Élèves »). */
    default String label() {
        return code();
    }

    int order();

    String rootElement();

    SourceReader open(Path file, String expectedUai);

    void write(FeedContext context, List<SourceItem> records) throws SQLException;

    /**
     * Called once per establishment and run for each of its files of this feed that was read (or failed), with that
     * file's context; a feed without a file in the run is not called.
     */
    default void reconcile(FeedContext context, boolean complete) throws SQLException {
    }
}

package org.scolarite.replication.control;

import org.scolarite.replication.entity.ExportHeader;
import org.scolarite.replication.entity.SourceItem;

/**
 * Streams the items of one export file, in a deterministic order (the same file always gives the same sequence, so
 * that a restarted job skips the items it already committed by counting them). Rejections and the failure that ends a
 * broken file are items too: the replication writes them in the same transaction as the records around them.
 */
public interface SourceReader extends AutoCloseable {

    /** The file's {@code PARAMETRES}, or null when the file failed before them (then {@link #next} gives the failure). */
    ExportHeader header();

    /** The next item, or null at the end of the file (after a {@code FileFailure}, always null). */
    SourceItem next();

    @Override
    void close();
}

package org.scolarite.replication.control;

import org.scolarite.replication.entity.ExportHeader;
import org.scolarite.replication.entity.FileFailure;
import org.scolarite.replication.entity.SourceItem;

/**
 * A file refused before its first record (not an export, another establishment's or another school year's, a file
 * that cannot be opened): one failure, then the end. The header is null when the file failed before it.
 */
public final class FailedReader implements SourceReader {

    private final ExportHeader header;
    private FileFailure failure;

    public FailedReader(ExportHeader header, FileFailure failure) {
        this.header = header;
        this.failure = failure;
    }

    @Override
    public ExportHeader header() {
        return header;
    }

    @Override
    public SourceItem next() {
        SourceItem item = failure;
        failure = null;
        return item;
    }

    @Override
    public void close() {
        // Nothing open: the file was closed when it was refused, or never opened.
    }
}

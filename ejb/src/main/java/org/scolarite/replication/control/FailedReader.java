package org.scolarite.replication.control;

import org.scolarite.replication.entity.ExportHeader;
import org.scolarite.replication.entity.FileFailure;
import org.scolarite.replication.entity.SourceItem;

/** A file refused before its first record (e.g. an export of another school year): one failure, then the end. */
final class FailedReader implements SourceReader {

    private final ExportHeader header;
    private FileFailure failure;

    FailedReader(ExportHeader header, FileFailure failure) {
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
        // Nothing open: the real reader was closed when the file was refused.
    }
}

package org.scolarite.replication.control.siecle;

import org.scolarite.replication.control.SourceReader;
import org.scolarite.replication.entity.ExportHeader;
import org.scolarite.replication.entity.FileFailure;
import org.scolarite.replication.entity.SourceItem;

/** A file refused before its first record (not an export, another establishment's): one failure, then the end. */
final class FailedExport implements SourceReader {

    private final ExportHeader header;
    private FileFailure failure;

    FailedExport(ExportHeader header, FileFailure failure) {
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
        // nothing open
    }
}

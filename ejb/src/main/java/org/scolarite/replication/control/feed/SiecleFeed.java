package org.scolarite.replication.control.feed;

import java.nio.file.Path;
import org.scolarite.replication.control.ReplicationFeed;
import org.scolarite.replication.control.SourceReader;
import org.scolarite.replication.control.siecle.SiecleExports;
import org.scolarite.replication.entity.ExportKind;

/** The four SIECLE/BEE and STS-web feeds share the readers' entry point; their order is {@link ExportKind}'s. */
abstract class SiecleFeed implements ReplicationFeed {

    private final ExportKind kind;
    private final String label;

    SiecleFeed(ExportKind kind, String label) {
        this.kind = kind;
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public String code() {
        return kind.name();
    }

    @Override
    public int order() {
        return (kind.ordinal() + 1) * 10;
    }

    @Override
    public String rootElement() {
        return kind.rootElement();
    }

    @Override
    public SourceReader open(Path file, String expectedUai) {
        return SiecleExports.open(file, expectedUai);
    }
}

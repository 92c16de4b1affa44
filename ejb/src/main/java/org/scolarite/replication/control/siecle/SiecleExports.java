package org.scolarite.replication.control.siecle;

import java.nio.file.Path;
import org.scolarite.replication.control.SourceReader;
import org.scolarite.replication.entity.ExportHeader;

/**
 * Entry point of the SIECLE/BEE and STS-web readers (SIECLE-FORMATS.md): recognises an export by its root element and
 * streams it with StAX in the encoding its prolog declares.
 *
 * <p>SKELETON of the B1 contract: the readers helper implements it; the engine and the drop zone call it.
 */
public final class SiecleExports {

    private SiecleExports() {
    }

    /**
     * Reads only the root element and {@code PARAMETRES} of a plain XML export. Throws {@link UnreadableExport} with a
     * French reason when the file is not XML, not a known export, or its header is incomplete.
     */
    public static ExportHeader peek(Path xml) {
        throw new UnsupportedOperationException("B1");
    }

    /**
     * Opens a plain XML export for streaming. When its UAI is not {@code expectedUai}, or it cannot even be started,
     * the reader yields one {@code FileFailure} and ends.
     */
    public static SourceReader open(Path xml, String expectedUai) {
        throw new UnsupportedOperationException("B1");
    }
}

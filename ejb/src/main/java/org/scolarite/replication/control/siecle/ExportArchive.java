package org.scolarite.replication.control.siecle;

import java.nio.file.Path;
import java.util.List;

/**
 * Exports arrive zipped as often as plain: unzips the XML entries of an archive into a directory (no entry may leave
 * it; bounded size against zip bombs) and returns the extracted files.
 *
 * <p>SKELETON of the B1 contract: the readers helper implements it; the drop zone calls it.
 */
public final class ExportArchive {

    private ExportArchive() {
    }

    /** Whether the file starts with the zip signature (whatever its name). */
    public static boolean isZip(Path file) {
        throw new UnsupportedOperationException("B1");
    }

    /** Throws {@link UnreadableExport} for a damaged archive, an entry escaping {@code target} or an oversized one. */
    public static List<Path> extract(Path zip, Path target) {
        throw new UnsupportedOperationException("B1");
    }
}

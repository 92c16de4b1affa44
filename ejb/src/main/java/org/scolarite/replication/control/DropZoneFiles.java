package org.scolarite.replication.control;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** Which files of a drop zone are exports: XML or zip, not the temporary files of a deposit still being written. */
public final class DropZoneFiles {

    /** A deposit is written under this prefix, then moved to its name: a run never takes a half-written file. */
    public static final String TEMPORARY_PREFIX = ".depot-";

    private DropZoneFiles() {
    }

    public static boolean isExport(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return Files.isRegularFile(file) && !name.startsWith(TEMPORARY_PREFIX)
                && (name.endsWith(".xml") || name.endsWith(".zip"));
    }
}

package org.scolarite.replication.control;

import java.nio.file.Path;
import java.util.List;
import org.scolarite.replication.control.siecle.ExportArchive;
import org.scolarite.replication.control.siecle.SiecleExports;
import org.scolarite.replication.entity.ExportHeader;

/**
 * What the engine asks of the readers about a file before streaming it: is it a zip, unzip it, what does its header
 * say. Production uses the SIECLE readers ({@link #SIECLE}); the engine's own tests give a stand-in while the readers
 * are developed in parallel.
 */
public interface ExportFiles {

    ExportFiles SIECLE = new ExportFiles() {
        @Override
        public boolean isZip(Path file) {
            return ExportArchive.isZip(file);
        }

        @Override
        public List<Path> extract(Path zip, Path target) {
            return ExportArchive.extract(zip, target);
        }

        @Override
        public ExportHeader peek(Path xml) {
            return SiecleExports.peek(xml);
        }
    };

    boolean isZip(Path file);

    /** Throws an unchecked exception with a French reason when the archive is damaged. */
    List<Path> extract(Path zip, Path target);

    /** Throws an unchecked exception with a French reason when the file is not a known export. */
    ExportHeader peek(Path xml);
}

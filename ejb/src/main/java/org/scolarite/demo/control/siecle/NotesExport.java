package org.scolarite.demo.control.siecle;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import org.scolarite.demo.control.DemoScale;
import org.scolarite.replication.control.DropZoneFiles;

/**
 * The demo's grades feed in the drop zone: {@code <inbox>/<UAI>/Notes.xml} for both demonstration establishments,
 * the same year of grades as the seeding puts in the database, with one deliberate fault in the collège's file (a
 * grade for an unknown pupil, rejected alone by the replication). Written under a temporary name, then moved into
 * place in one step, like the SIECLE exports.
 */
public final class NotesExport {

    private NotesExport() {
    }

    /** @return the number of grades written */
    public static long deposit(Path inbox, long seed, LocalDateTime now) {
        ExportOptions options = ExportOptions.current(now.withNano(0));
        long[] grades = {0};
        DemoGradesSource.generate(seed, DemoScale.DEMO, now.toLocalDate(), (data, teachers, assessments) -> {
            Path file = Files.createDirectories(inbox.resolve(data.uai())).resolve(NotesWriter.FILE);
            Path partial = file.resolveSibling(DropZoneFiles.TEMPORARY_PREFIX + file.getFileName());
            try (Writer writer = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(partial),
                    options.charset()), 1 << 16)) {
                XmlOut out = new XmlOut(writer, options.charset().newEncoder(), options.charset().name());
                grades[0] += new NotesWriter(data, options, assessments, DemoExports.COLLEGE.equals(data.uai()))
                        .write(out);
                out.finish();
            }
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        });
        return grades[0];
    }
}

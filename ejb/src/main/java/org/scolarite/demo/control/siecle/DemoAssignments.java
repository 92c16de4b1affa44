package org.scolarite.demo.control.siecle;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.util.List;
import org.scolarite.replication.control.DropZoneFiles;

/**
 * The demo collège's {@code Affectations.xml} (docs/feeds/affectations.md, R-INSC-1) in its drop zone: the same
 * assignments as the seeding wrote, plus one to a MEF missing from the nomenclature — the deliberate fault that shows
 * a rejection when « Lancer la réplication » runs.
 */
public final class DemoAssignments {

    static final String FILE = "Affectations.xml";

    /** One assignment as the file lists it. */
    public record Line(String id, String pupilId, String lyceeUai, String mefCode) {
    }

    private DemoAssignments() {
    }

    /** Into the demo collège's folder ({@link DemoExports#COLLEGE}), whose pupils the lines name. */
    public static void deposit(Path inbox, List<Line> lines, LocalDateTime now) {
        String collegeUai = DemoExports.COLLEGE;
        try {
            Path target = Files.createDirectories(inbox.resolve(collegeUai));
            Path partial = target.resolve(DropZoneFiles.TEMPORARY_PREFIX + FILE);
            try (Writer writer = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(partial),
                    StandardCharsets.UTF_8))) {
                XmlOut out = new XmlOut(writer, StandardCharsets.UTF_8.newEncoder(), "UTF-8");
                out.start("TS_AFFECTATIONS").attribute("VERSION", "1.0");
                ExportFiles.parameters(out, collegeUai, ExportOptions.current(now.withNano(0)));
                out.start("DONNEES").start("AFFECTATIONS");
                for (Line line : lines) {
                    affectation(out, line);
                }
                if (!lines.isEmpty()) {
                    Line first = lines.get(0);
                    affectation(out, new Line("AFFX" + first.pupilId(), first.pupilId() + "9", first.lyceeUai(),
                            "99999999999"));
                }
                out.end().end().end();
                out.finish();
            }
            Files.move(partial, target.resolve(FILE), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Écriture des affectations de " + collegeUai + " impossible", e);
        }
    }

    private static void affectation(XmlOut out, Line line) {
        out.start("AFFECTATION").attribute("ID", line.id());
        out.element("ELEVE_ID", line.pupilId());
        out.element("UAI_LYCEE", line.lyceeUai());
        out.element("CODE_MEF", line.mefCode());
        out.end();
    }
}

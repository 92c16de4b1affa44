package org.scolarite.demo.control.siecle;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.scolarite.demo.control.DemoDataGenerator;
import org.scolarite.demo.control.DemoScale;
import org.scolarite.demo.control.EntitySink;
import org.scolarite.demo.control.SchoolLifeDemo;
import org.scolarite.people.entity.Student;
import org.scolarite.replication.control.DropZoneFiles;
import org.scolarite.schoollife.entity.SchoolLifeKind;
import org.scolarite.structure.entity.Establishment;

/**
 * Writes {@code <dir>/<UAI>/VieScolaire.xml} (root {@code TS_VIE_SCOLAIRE}, docs/feeds/vie-scolaire.md) for every
 * establishment of the demo académie that uses the school-life module: the events of {@link SchoolLifeDemo}, the same
 * the seeding wrote, so that replicating the file changes nothing a family sees. The people generator is run again
 * (same seed, same pupils and ids) with a sink that keeps only the pupils' ids, one establishment at a time.
 * In {@code faultyUai}'s file one deliberate fault: an absence of a pupil the establishment does not know (rejected by
 * the replication with its reason).
 */
public final class SchoolLifeExports {

    public static final String FILE = "VieScolaire.xml";
    /** The deliberate fault's pupil: no demo pupil has this id (pupils are numbered from 100001). */
    static final String UNKNOWN_PUPIL = "99999";
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private SchoolLifeExports() {
    }

    /** @return the files written */
    public static List<Path> write(long seed, DemoScale scale, LocalDate today, Path dir, ExportOptions options,
                                   String faultyUai) {
        List<Path> written = new ArrayList<>();
        SchoolLifeDemo demo = new SchoolLifeDemo(seed, today);
        new DemoDataGenerator(seed, scale, today, ExportSink.noAccounts()).generate(new EntitySink() {
            private Establishment current;
            private final List<String> pupils = new ArrayList<>();

            @Override
            public void persist(Object entity) {
                if (entity instanceof Establishment establishment) {
                    current = establishment;
                    pupils.clear();
                } else if (entity instanceof Student student && current != null) {
                    pupils.add(student.getSourceId());
                }
            }

            @Override
            public void establishmentDone() {
                if (current != null && current.usesSchoolLifeModule()) {
                    String uai = current.getUai().value();
                    written.add(file(dir.resolve(uai), uai, pupils, demo, options, uai.equals(faultyUai)));
                }
                current = null;
            }
        });
        return written;
    }

    private static Path file(Path target, String uai, List<String> pupils, SchoolLifeDemo demo, ExportOptions options,
                             boolean fault) {
        String showcase = SchoolLifeDemo.showcase(pupils);
        List<SchoolLifeDemo.Event> events = new ArrayList<>();
        for (String pupil : pupils) {
            events.addAll(demo.events(pupil, pupil.equals(showcase)));
        }
        if (fault && !events.isEmpty()) {
            SchoolLifeDemo.Event first = events.get(0);
            events.add(new SchoolLifeDemo.Event(SchoolLifeKind.ABSENCE, UNKNOWN_PUPIL + "-1-1", UNKNOWN_PUPIL,
                    first.date(), first.date().atTime(8, 0), first.date().atTime(12, 0), 1, null, true, null,
                    "Maladie", true, null));
        }
        try {
            Files.createDirectories(target);
            Path file = target.resolve(FILE);
            Path partial = file.resolveSibling(DropZoneFiles.TEMPORARY_PREFIX + FILE);
            try (Writer writer = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(partial),
                    options.charset()), 1 << 16)) {
                XmlOut out = new XmlOut(writer, options.charset().newEncoder(), options.charset().name());
                out.start("TS_VIE_SCOLAIRE").attribute("VERSION", "1.0");
                ExportFiles.parameters(out, uai, options);
                section(out, "ABSENCES", "ABSENCE", "ABSENCE_ID", SchoolLifeKind.ABSENCE, events);
                section(out, "RETARDS", "RETARD", "RETARD_ID", SchoolLifeKind.LATENESS, events);
                section(out, "PUNITIONS", "PUNITION", "PUNITION_ID", SchoolLifeKind.PUNISHMENT, events);
                section(out, "SANCTIONS", "SANCTION", "SANCTION_ID", SchoolLifeKind.SANCTION, events);
                section(out, "MESURES", "MESURE", "MESURE_ID", SchoolLifeKind.MEASURE, events);
                out.end();
                out.finish();
            }
            // the drop zone ignores the temporary name: a run starting meanwhile never takes half a file
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("Écriture de " + FILE + " de " + uai + " impossible", e);
        }
    }

    private static void section(XmlOut out, String section, String element, String idAttribute, SchoolLifeKind kind,
                                List<SchoolLifeDemo.Event> events) {
        out.start(section);
        for (SchoolLifeDemo.Event e : events) {
            if (e.kind() != kind) {
                continue;
            }
            out.start(element).attribute(idAttribute, e.exportId()).attribute("ELEVE_ID", e.pupilSourceId());
            switch (kind) {
                case ABSENCE -> {
                    out.element("DEBUT", dateTime(e.startsAt()));
                    out.element("FIN", dateTime(e.endsAt()));
                    out.element("NB_DEMI_JOURNEES", String.valueOf(e.halfDays()));
                    out.element("JUSTIFIEE", flag(e.justified()));
                    out.element("MOTIF", e.reason());
                    out.element("PUBLIABLE_EN_LIGNE", flag(e.publishable()));
                }
                case LATENESS -> {
                    out.element("DATE_HEURE", dateTime(e.startsAt()));
                    out.element("DUREE_MINUTES", String.valueOf(e.minutes()));
                    out.element("JUSTIFIE", flag(e.justified()));
                    out.element("MOTIF", e.reason());
                    out.element("PUBLIABLE_EN_LIGNE", flag(e.publishable()));
                }
                case PUNISHMENT, SANCTION -> {
                    out.element("DATE", ExportFiles.date(e.date()));
                    out.element("NATURE", e.label());
                    out.element("MOTIF", e.reason());
                    out.element(kind == SchoolLifeKind.SANCTION ? "FAMILLE_AVISEE" : "PUBLIABLE_EN_LIGNE",
                            flag(kind == SchoolLifeKind.SANCTION ? e.familyNotified() : e.publishable()));
                }
                case MEASURE -> {
                    out.element("DATE", ExportFiles.date(e.date()));
                    out.element("NATURE", e.label());
                    out.element("DESCRIPTION", e.reason());
                }
                default -> throw new IllegalStateException(kind.name());
            }
            out.end();
        }
        out.end();
    }

    private static String dateTime(LocalDateTime time) {
        return time.format(DATE_TIME);
    }

    private static String flag(Boolean value) {
        return Boolean.TRUE.equals(value) ? "1" : "0";
    }
}

package org.scolarite.replication;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scolarite.replication.control.Replicator;
import org.scolarite.replication.control.SourceReader;
import org.scolarite.replication.control.feed.TimetableFeed;
import org.scolarite.replication.control.siecle.SiecleExports;
import org.scolarite.replication.entity.ExportKind;
import org.scolarite.replication.entity.RunStatus;
import org.scolarite.replication.entity.RunTrigger;
import org.scolarite.replication.entity.SourceItem;

/**
 * The timetable feed (docs/feeds/emploi-du-temps.md) from a real file read by its reader through the engine: unknown
 * division, group, subject or course rejected with their French reasons while the rest is written; a second run of
 * the same file changes nothing; a complete file without a course deletes it with its changes.
 */
class TimetableFeedTest {

    @TempDir
    Path dataDir;

    private ReplicationDatabase db;

    @BeforeEach
    void open() throws Exception {
        db = new ReplicationDatabase(dataDir);
        db.sql.execute("INSERT INTO division (id, establishment_id, code) VALUES (100, 10, '6A')");
        db.sql.execute("INSERT INTO teaching_group (id, establishment_id, code) VALUES (200, 10, '6_LATIN')");
        db.sql.execute("INSERT INTO division (id, establishment_id, code) VALUES (300, 11, '6B')");
        db.sql.execute("INSERT INTO subject (id, code, long_label) VALUES (1, '020700', 'FRANCAIS')");
        db.sql.execute("INSERT INTO subject (id, code, long_label) VALUES (2, '061300', 'MATHEMATIQUES')");
        db.sql.execute("INSERT INTO subject (id, code, long_label) VALUES (3, '020200', 'LATIN')");
    }

    @AfterEach
    void close() throws Exception {
        db.close();
    }

    private static String course(String id, String structure, String subject, String day, String start, String end) {
        return "<COURS ID=\"" + id + "\">" + structure + "<CODE_MATIERE>" + subject + "</CODE_MATIERE>"
                + "<LIBELLE_MATIERE>Cours " + subject + "</LIBELLE_MATIERE><ENSEIGNANTS><ENSEIGNANT>Mme Hamel"
                + "</ENSEIGNANT><ENSEIGNANT>M. Lecoq</ENSEIGNANT></ENSEIGNANTS><SALLE>S101</SALLE><JOUR>" + day
                + "</JOUR><HEURE_DEBUT>" + start + "</HEURE_DEBUT><HEURE_FIN>" + end + "</HEURE_FIN>"
                + "<ALTERNANCE>H</ALTERNANCE><DATE_DEBUT>01/09/2026</DATE_DEBUT><DATE_FIN>04/07/2027</DATE_FIN></COURS>\n";
    }

    private List<SourceItem> read(String courses, String changes) throws Exception {
        Path file = dataDir.resolve("EmploiDuTemps.xml");
        Files.writeString(file, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<TS_EMPLOI_DU_TEMPS VERSION=\"1.0\">\n"
                + "<PARAMETRES><UAJ>" + ReplicationDatabase.UAI + "</UAJ><ANNEE_SCOLAIRE>2026</ANNEE_SCOLAIRE>"
                + "<DATE_EXPORT>29/11/2026</DATE_EXPORT><HORODATAGE>29/11/2026 22:00:00</HORODATAGE></PARAMETRES>\n"
                + "<DONNEES>\n<COURS_HEBDOMADAIRES>\n" + courses + "</COURS_HEBDOMADAIRES>\n<MODIFICATIONS>\n" + changes
                + "</MODIFICATIONS>\n</DONNEES>\n</TS_EMPLOI_DU_TEMPS>\n", StandardCharsets.UTF_8);
        List<SourceItem> items = new ArrayList<>();
        try (SourceReader reader = SiecleExports.open(file, ReplicationDatabase.UAI)) {
            for (SourceItem item = reader.next(); item != null; item = reader.next()) {
                items.add(item);
            }
        }
        return items;
    }

    private long replicate(List<SourceItem> items) throws Exception {
        db.deposit(ReplicationDatabase.UAI, "EmploiDuTemps.xml", ExportKind.TIMETABLE, 2026);
        Replicator replicator = new Replicator(db.connection, db.now, db.dropZone, ReplicationDatabase.HEADER_LINE,
                List.of(new TimetableFeed()));
        long run = replicator.openRun("test", RunTrigger.CONSOLE, ReplicationDatabase.ACADEMY,
                Set.of(ReplicationDatabase.SCHOOL));
        List<Replicator.Pinned> files = replicator.pin(run, ReplicationDatabase.SCHOOL);
        replicator.write(run, ReplicationDatabase.SCHOOL, files.get(0), items);
        replicator.reconcile(run, ReplicationDatabase.SCHOOL);
        replicator.finish(run, RunStatus.COMPLETED);
        return run;
    }

    private static final String GOOD = course("C1", "<DIVISION>6A</DIVISION>", "020700", "1", "08:00", "08:55")
            + course("C2", "<GROUPE>6_LATIN</GROUPE>", "020200", "2", "13:30", "14:25");
    private static final String CHANGES = "<MODIFICATION ID=\"M1\" TYPE=\"ANNULATION\"><COURS_ID>C1</COURS_ID>"
            + "<DATE_COURS>07/12/2026</DATE_COURS><MOTIF>Professeur absent</MOTIF></MODIFICATION>\n"
            + "<MODIFICATION ID=\"M2\" TYPE=\"AJOUT\"><DIVISION>6A</DIVISION><CODE_MATIERE>061300</CODE_MATIERE>"
            + "<LIBELLE_MATIERE>Mathématiques</LIBELLE_MATIERE><DATE>09/12/2026</DATE><HEURE_DEBUT>10:00</HEURE_DEBUT>"
            + "<HEURE_FIN>12:00</HEURE_FIN><SALLE>Salle polyvalente</SALLE><MOTIF>Devoir commun</MOTIF>"
            + "</MODIFICATION>\n";

    @Test
    @DisplayName("R-EDT-2 / R-REPL-2: courses and changes written; unknown division, group, subject or course, "
            + "another school's division and impossible times rejected with their French reason, the rest goes on")
    void rejectsWhatIsUnknown() throws Exception {
        List<SourceItem> items = read(GOOD
                + course("C3", "<DIVISION>6Z</DIVISION>", "020700", "1", "09:00", "09:55")
                + course("C4", "<GROUPE>6_GREC</GROUPE>", "020700", "1", "09:00", "09:55")
                + course("C5", "<DIVISION>6A</DIVISION>", "999999", "1", "09:00", "09:55")
                + course("C6", "<DIVISION>6B</DIVISION>", "020700", "1", "09:00", "09:55")
                + course("C7", "<DIVISION>6A</DIVISION>", "020700", "8", "10:00", "09:00"),
                CHANGES + "<MODIFICATION ID=\"M3\" TYPE=\"DEPLACEMENT\"><COURS_ID>C3</COURS_ID>"
                        + "<DATE_COURS>07/12/2026</DATE_COURS><SALLE>CDI</SALLE></MODIFICATION>\n");
        long run = replicate(items);

        assertThat(db.strings("SELECT source_id || ':' || COALESCE(CAST(division_id AS VARCHAR(20)), '-') || ':' "
                + "|| COALESCE(CAST(group_id AS VARCHAR(20)), '-') || ':' || teachers || ':' || start_minute "
                + "FROM timetable_course ORDER BY source_id"))
                .containsExactly("C1:100:-:Mme Hamel, M. Lecoq:480", "C2:-:200:Mme Hamel, M. Lecoq:810");
        assertThat(db.strings("SELECT source_id || ':' || kind FROM timetable_change ORDER BY source_id"))
                .containsExactly("M1:CANCELLED", "M2:ADDED");
        assertThat(db.strings("SELECT source_key || ' ' || reason FROM replication_rejection WHERE run_id = " + run
                + " ORDER BY line_number")).containsExactly(
                "COURS=C3 Cours C3 rejeté : division 6Z inconnue de l'établissement.",
                "COURS=C4 Cours C4 rejeté : groupe 6_GREC inconnu de l'établissement.",
                "COURS=C5 Cours C5 rejeté : matière 999999 absente de la nomenclature.",
                "COURS=C6 Cours C6 rejeté : division 6B inconnue de l'établissement.",
                "COURS=C7 JOUR n'est pas un jour de 1 (lundi) à 7 (dimanche) : « 8 » ; HEURE_FIN n'est pas après "
                        + "HEURE_DEBUT",
                "MODIFICATION=M3 Modification M3 rejetée : le cours C3 est inconnu (absent du fichier et de la base, "
                        + "ou rejeté).");
        // read, created, updated, unchanged, departed, rejected
        assertThat(db.counts(run, "TIMETABLE")).containsExactly(10L, 4L, 0L, 0L, 0L, 6L);
    }

    @Test
    @DisplayName("R-REPL-2: the same file twice changes nothing; a complete file without a course deletes it and its "
            + "changes (R-EDT-2: deleted at the source, gone from the page)")
    void idempotentAndReconciled() throws Exception {
        replicate(read(GOOD, CHANGES));
        long second = replicate(read(GOOD, CHANGES));
        assertThat(db.counts(second, "TIMETABLE")).containsExactly(4L, 0L, 0L, 4L, 0L, 0L);

        long third = replicate(read(course("C2", "<GROUPE>6_LATIN</GROUPE>", "020200", "2", "13:30", "14:25"),
                CHANGES.substring(CHANGES.indexOf("<MODIFICATION ID=\"M2\""))));
        assertThat(db.strings("SELECT source_id FROM timetable_course")).containsExactly("C2");
        assertThat(db.strings("SELECT source_id FROM timetable_change")).containsExactly("M2");
        assertThat(db.counts(third, "TIMETABLE")).containsExactly(2L, 0L, 0L, 2L, 2L, 0L);
    }
}

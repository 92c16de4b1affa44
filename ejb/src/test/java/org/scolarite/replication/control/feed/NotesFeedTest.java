package org.scolarite.replication.control.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scolarite.replication.ReplicationDatabase;
import org.scolarite.replication.control.FeedContext;
import org.scolarite.replication.control.SourceReader;
import org.scolarite.replication.control.siecle.SiecleExports;
import org.scolarite.replication.entity.Rejection;
import org.scolarite.replication.entity.SourceItem;

/** The grades feed against the migrated schema (H2; PostgreSQL with -Dreplication.test.postgresql). */
class NotesFeedTest {

    @TempDir
    Path dir;

    private ReplicationDatabase db;
    private final NotesFeed feed = new NotesFeed();
    private int files;

    @BeforeEach
    void open() throws Exception {
        db = new ReplicationDatabase(dir);
        db.sql.execute("INSERT INTO division (id, establishment_id, code) VALUES (100, 10, '6A')");
        db.sql.execute("INSERT INTO division (id, establishment_id, code) VALUES (101, 11, '6Z')");
        db.sql.execute("INSERT INTO teaching_group (id, establishment_id, code) VALUES (200, 10, 'LV2 ESP')");
        db.sql.execute("INSERT INTO subject (id, code) VALUES (300, '061300')");
        db.sql.execute("INSERT INTO subject (id, code) VALUES (301, '030602')");
        db.sql.execute("INSERT INTO staff_member (id, establishment_id, source_id, last_name) VALUES (400, 10, '3001', "
                + "'Hamel')");
        for (int i = 0; i < 3; i++) {
            db.sql.execute("INSERT INTO student (id, establishment_id, source_id, last_name, first_name, birth_date, "
                    + "sex, mef_id, division_id) VALUES (" + (500 + i) + ", 10, '" + (4001 + i) + "', 'Durand', "
                    + "'Léa', DATE '2015-03-01', 'FEMALE', 1, 100)");
        }
        // Another school's pupil: his source id must not match in this establishment.
        db.sql.execute("INSERT INTO student (id, establishment_id, source_id, last_name, first_name, birth_date, sex) "
                + "VALUES (599, 11, '4999', 'Martin', 'Jules', DATE '2015-03-01', 'MALE')");
        db.sql.execute("INSERT INTO replication_run (id, academy_id, run_trigger, started_by, started_at, status) "
                + "VALUES (1, 1, 'CONSOLE', 'test', TIMESTAMP '2026-11-30 02:00:00', 'RUNNING')");
        db.sql.execute("INSERT INTO replication_school (id, run_id, establishment_id, position, status) "
                + "VALUES (1, 1, 10, 1, 'RUNNING')");
    }

    @AfterEach
    void close() throws Exception {
        db.close();
    }

    private static String assessment(String id, String structure, String period, String subject, String grades) {
        return "<DEVOIR DEVOIR_ID=\"" + id + "\">" + structure + "<PERIODE>" + period + "</PERIODE><CODE_MATIERE>"
                + subject + "</CODE_MATIERE><ENSEIGNANT_ID>3001</ENSEIGNANT_ID><LIBELLE>Contrôle " + id
                + "</LIBELLE><DATE_DEVOIR>05/10/2026</DATE_DEVOIR><COEFFICIENT>2</COEFFICIENT><NOTE_SUR>20</NOTE_SUR>"
                + "<DATE_SAISIE>07/10/2026</DATE_SAISIE><NOTES>" + grades + "</NOTES></DEVOIR>";
    }

    private static final String PERIOD = "<PERIODE CODE=\"T1\" DIVISION=\"6A\"><LIBELLE>1er trimestre</LIBELLE>"
            + "<DATE_DEBUT>01/09/2026</DATE_DEBUT><DATE_FIN>30/11/2026</DATE_FIN></PERIODE>";
    private static final String GRADES = "<NOTE ELEVE_ID=\"4001\" VALEUR=\"12,5\"/><NOTE ELEVE_ID=\"4002\" VALEUR=\"ABS\"/>"
            + "<NOTE ELEVE_ID=\"4003\" VALEUR=\"16\"/>";

    /** Reads the document and gives its records to the feed in one chunk, as the engine does; then reconciles. */
    private FeedContext run(String periods, String assessments, boolean complete) throws Exception {
        files++;
        db.sql.execute("INSERT INTO replication_file (id, school_id, feed, file_name, path, position) VALUES ("
                + files + ", 1, 'NOTES', 'Notes.xml', '/x', " + files + ")");
        Path file = dir.resolve("Notes" + files + ".xml");
        Files.writeString(file, "<?xml version=\"1.0\" encoding=\"UTF-8\"?><TS_NOTES VERSION=\"1.0\"><PARAMETRES>"
                + "<UAJ>0140070A</UAJ><ANNEE_SCOLAIRE>2026</ANNEE_SCOLAIRE><DATE_EXPORT>29/11/2026</DATE_EXPORT>"
                + "</PARAMETRES><PERIODES>" + periods + "</PERIODES><DEVOIRS>" + assessments + "</DEVOIRS></TS_NOTES>",
                StandardCharsets.UTF_8);
        List<SourceItem> records = new ArrayList<>();
        try (SourceReader reader = SiecleExports.open(file, ReplicationDatabase.UAI)) {
            for (SourceItem item = reader.next(); item != null; item = reader.next()) {
                if (!(item instanceof Rejection)) {
                    records.add(item);
                }
            }
        }
        FeedContext context = new FeedContext(db.connection, 1, ReplicationDatabase.SCHOOL, ReplicationDatabase.ACADEMY,
                files, LocalDate.of(2026, 11, 29), LocalDate.of(2026, 11, 30));
        feed.write(context, records);
        feed.reconcile(context, complete);
        return context;
    }

    private List<String> grades() throws SQLException {
        List<String> found = new ArrayList<>();
        try (ResultSet rows = db.sql.executeQuery("SELECT a.source_id, g.student_id, g.grade_value, g.status FROM grade g "
                + "JOIN assessment a ON a.id = g.assessment_id ORDER BY a.source_id, g.student_id")) {
            while (rows.next()) {
                found.add(rows.getString(1) + ":" + rows.getLong(2) + "="
                        + (rows.getBigDecimal(3) == null ? rows.getString(4) : rows.getBigDecimal(3).stripTrailingZeros()
                        .toPlainString()));
            }
        }
        return found;
    }

    @Test
    @DisplayName("R-REPL-2: a first load creates the period, the assessments and their grades; the same file again "
            + "changes nothing")
    void first_load_then_same_file() throws Exception {
        FeedContext first = run(PERIOD, assessment("1", "<DIVISION>6A</DIVISION>", "T1", "061300", GRADES)
                + assessment("2", "<GROUPE>LV2 ESP</GROUPE>", "T1", "030602", "<NOTE ELEVE_ID=\"4001\" VALEUR=\"DIS\"/>"),
                true);
        assertThat(first.counts().created).isEqualTo(3);
        assertThat(grades()).containsExactly("1:500=12.5", "1:501=ABS", "1:502=16", "2:500=DIS");
        try (ResultSet row = db.sql.executeQuery("SELECT division_id, group_id, period_id IS NOT NULL, subject_id, "
                + "staff_member_id, coefficient FROM assessment WHERE source_id = '1'")) {
            row.next();
            assertThat(List.of(row.getLong(1), row.getLong(2), row.getBoolean(3), row.getLong(4), row.getLong(5)))
                    .containsExactly(100L, 0L, true, 300L, 400L);
            assertThat(row.getBigDecimal(6)).isEqualByComparingTo("2");
        }
        FeedContext again = run(PERIOD, assessment("1", "<DIVISION>6A</DIVISION>", "T1", "061300", GRADES)
                + assessment("2", "<GROUPE>LV2 ESP</GROUPE>", "T1", "030602", "<NOTE ELEVE_ID=\"4001\" VALEUR=\"DIS\"/>"),
                true);
        assertThat(again.counts().unchanged).isEqualTo(3);
        assertThat(again.counts().created + again.counts().updated + again.counts().departed).isZero();
    }

    @Test
    @DisplayName("R-REPL-2: a changed grade updates its assessment and replaces its grades")
    void changed_grade() throws Exception {
        run(PERIOD, assessment("1", "<DIVISION>6A</DIVISION>", "T1", "061300", GRADES), true);
        FeedContext changed = run(PERIOD, assessment("1", "<DIVISION>6A</DIVISION>", "T1", "061300",
                GRADES.replace("12,5", "13")), true);
        assertThat(changed.counts().updated).isEqualTo(1);
        assertThat(grades()).containsExactly("1:500=13", "1:501=ABS", "1:502=16");
    }

    @Test
    @DisplayName("R-REPL-2: unknown division, group, subject, period or pupil → rejected with a French reason, "
            + "the rest goes on")
    void unknown_references() throws Exception {
        FeedContext context = run(PERIOD + "<PERIODE CODE=\"T1\" DIVISION=\"5B\"><LIBELLE>T1</LIBELLE><DATE_DEBUT>"
                        + "01/09/2026</DATE_DEBUT><DATE_FIN>30/11/2026</DATE_FIN></PERIODE>",
                assessment("1", "<DIVISION>6A</DIVISION>", "T1", "061300", GRADES
                        + "<NOTE ELEVE_ID=\"4999\" VALEUR=\"10\"/>")
                        + assessment("2", "<DIVISION>6Z</DIVISION>", "T1", "061300", GRADES)
                        + assessment("3", "<GROUPE>CHORALE</GROUPE>", "T1", "061300", GRADES)
                        + assessment("4", "<DIVISION>6A</DIVISION>", "T1", "999999", GRADES)
                        + assessment("5", "<DIVISION>6A</DIVISION>", "T3", "061300", GRADES), true);
        assertThat(context.rejections()).filteredOn(r -> !r.recordKept())
                .extracting(r -> r.location().key(), Rejection::reason).containsExactly(
                tuple("DIVISION=5B CODE=T1", "Période rejetée : la division 5B est inconnue dans l'établissement."),
                tuple("DEVOIR_ID=1 ELEVE_ID=4999", "Note rejetée : l'élève ELEVE_ID=4999 est inconnu dans "
                        + "l'établissement."),
                tuple("DEVOIR_ID=2", "Devoir rejeté : la division 6Z est inconnue."),
                tuple("DEVOIR_ID=3", "Devoir rejeté : le groupe CHORALE est inconnu."),
                tuple("DEVOIR_ID=4", "Devoir rejeté : la matière 999999 est inconnue (nomenclature)."),
                tuple("DEVOIR_ID=5", "Devoir rejeté : la période T3 est inconnue pour la division 6A."));
        assertThat(context.counts().rejected).isEqualTo(6);
        assertThat(grades()).containsExactly("1:500=12.5", "1:501=ABS", "1:502=16");
    }

    @Test
    @DisplayName("R-REPL-2: an assessment deleted at the source disappears with its grades — from a complete file only")
    void deletions_from_a_complete_file() throws Exception {
        run(PERIOD, assessment("1", "<DIVISION>6A</DIVISION>", "T1", "061300", GRADES)
                + assessment("2", "<DIVISION>6A</DIVISION>", "T1", "061300", GRADES), true);
        run(PERIOD, assessment("1", "<DIVISION>6A</DIVISION>", "T1", "061300", GRADES), false);
        assertThat(grades()).hasSize(6);
        FeedContext complete = run(PERIOD, assessment("1", "<DIVISION>6A</DIVISION>", "T1", "061300", GRADES), true);
        assertThat(complete.counts().departed).isEqualTo(1);
        assertThat(grades()).containsExactly("1:500=12.5", "1:501=ABS", "1:502=16");
    }
}

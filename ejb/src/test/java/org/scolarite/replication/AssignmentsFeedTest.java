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
import org.scolarite.replication.control.feed.AssignmentsFeed;
import org.scolarite.replication.control.siecle.SiecleExports;
import org.scolarite.replication.entity.ExportKind;
import org.scolarite.replication.entity.RunStatus;
import org.scolarite.replication.entity.RunTrigger;
import org.scolarite.replication.entity.SourceItem;

/**
 * The assignments feed (docs/feeds/affectations.md, R-INSC-1) from a real file read by its reader through the engine:
 * a pupil of another collège, a lycée that is not one, a MEF missing from the nomenclature rejected with their French
 * reasons while the rest is written; the same file twice changes nothing; a complete file without an assignment
 * deletes it.
 */
class AssignmentsFeedTest {

    @TempDir
    Path dataDir;

    private ReplicationDatabase db;

    @BeforeEach
    void open() throws Exception {
        db = new ReplicationDatabase(dataDir);
        db.sql.execute("INSERT INTO establishment (id, academy_id, uai, kind, name) "
                + "VALUES (12, 1, '0141990M', 'LYCEE', 'Lycée Marie Curie')");
        db.sql.execute("INSERT INTO mef (id, code, label) VALUES (2, '20010018110', '2NDE GT')");
        db.sql.execute("INSERT INTO student (id, establishment_id, source_id, last_name, first_name, birth_date, sex) "
                + "VALUES (500, 10, '4567', 'CLEMENT', 'Zoé', DATE '2012-03-04', 'FEMALE')");
        db.sql.execute("INSERT INTO student (id, establishment_id, source_id, last_name, first_name, birth_date, sex) "
                + "VALUES (501, 11, '4568', 'MARTIN', 'Paul', DATE '2012-05-06', 'MALE')");
    }

    @AfterEach
    void close() throws Exception {
        db.close();
    }

    private static String assignment(String id, String pupil, String uai, String mef) {
        return "<AFFECTATION ID=\"" + id + "\"><ELEVE_ID>" + pupil + "</ELEVE_ID><UAI_LYCEE>" + uai + "</UAI_LYCEE>"
                + "<CODE_MEF>" + mef + "</CODE_MEF></AFFECTATION>\n";
    }

    private List<SourceItem> read(String assignments) throws Exception {
        Path file = dataDir.resolve("Affectations.xml");
        Files.writeString(file, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<TS_AFFECTATIONS VERSION=\"1.0\">\n"
                + "<PARAMETRES><UAJ>" + ReplicationDatabase.UAI + "</UAJ><ANNEE_SCOLAIRE>2026</ANNEE_SCOLAIRE>"
                + "<DATE_EXPORT>29/11/2026</DATE_EXPORT><HORODATAGE>29/11/2026 22:00:00</HORODATAGE></PARAMETRES>\n"
                + "<DONNEES>\n<AFFECTATIONS>\n" + assignments + "</AFFECTATIONS>\n</DONNEES>\n</TS_AFFECTATIONS>\n",
                StandardCharsets.UTF_8);
        List<SourceItem> items = new ArrayList<>();
        try (SourceReader reader = SiecleExports.open(file, ReplicationDatabase.UAI)) {
            for (SourceItem item = reader.next(); item != null; item = reader.next()) {
                items.add(item);
            }
        }
        return items;
    }

    private long replicate(List<SourceItem> items) throws Exception {
        db.deposit(ReplicationDatabase.UAI, "Affectations.xml", ExportKind.ASSIGNMENTS, 2026);
        Replicator replicator = new Replicator(db.connection, db.now, db.dropZone, ReplicationDatabase.HEADER_LINE,
                List.of(new AssignmentsFeed()));
        long run = replicator.openRun("test", RunTrigger.CONSOLE, ReplicationDatabase.ACADEMY,
                Set.of(ReplicationDatabase.SCHOOL));
        List<Replicator.Pinned> files = replicator.pin(run, ReplicationDatabase.SCHOOL);
        replicator.write(run, ReplicationDatabase.SCHOOL, files.get(0), items);
        replicator.reconcile(run, ReplicationDatabase.SCHOOL);
        replicator.finish(run, RunStatus.COMPLETED);
        return run;
    }

    private static final String GOOD = assignment("AFF1", "4567", "0141990M", "20010018110");

    @Test
    @DisplayName("R-INSC-1 / R-REPL-2: the assignment written; another collège's pupil, a collège as lycée and an "
            + "unknown MEF rejected with their French reasons")
    void rejectsWhatIsUnknown() throws Exception {
        long run = replicate(read(GOOD + assignment("AFF2", "4568", "0141990M", "20010018110")
                + assignment("AFF3", "4570", "0140071B", "99999999999")));
        assertThat(db.strings("SELECT source_id || ':' || student_id || ':' || lycee_id || ':' || mef_id "
                + "FROM enrolment_assignment WHERE establishment_id = 10")).containsExactly("AFF1:500:12:2");
        assertThat(db.strings("SELECT source_key || ' ' || reason FROM replication_rejection WHERE run_id = " + run
                + " ORDER BY line_number")).containsExactly(
                "AFFECTATION=AFF2 Affectation AFF2 rejetée : élève ELEVE_ID=4568 inconnu du collège.",
                "AFFECTATION=AFF3 Affectation AFF3 rejetée : élève ELEVE_ID=4570 inconnu du collège, lycée 0140071B "
                        + "inconnu de l'académie, MEF 99999999999 absent de la nomenclature.");
    }

    @Test
    @DisplayName("R-REPL-2: the same file twice changes nothing; a complete file without the assignment deletes it")
    void idempotentAndReconciled() throws Exception {
        replicate(read(GOOD));
        long second = replicate(read(GOOD));
        // read, created, updated, unchanged, departed, rejected
        assertThat(db.counts(second, "ASSIGNMENTS")).containsExactly(1L, 0L, 0L, 1L, 0L, 0L);
        long third = replicate(read(""));
        assertThat(db.strings("SELECT source_id FROM enrolment_assignment")).isEmpty();
        assertThat(db.counts(third, "ASSIGNMENTS")).containsExactly(0L, 0L, 0L, 0L, 1L, 0L);
    }
}

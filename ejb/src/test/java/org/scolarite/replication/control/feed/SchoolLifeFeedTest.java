package org.scolarite.replication.control.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scolarite.replication.ReplicationDatabase.ACADEMY;
import static org.scolarite.replication.ReplicationDatabase.SCHOOL;
import static org.scolarite.replication.ReplicationDatabase.UAI;
import static org.scolarite.replication.ReplicationDatabase.at;
import static org.scolarite.replication.ReplicationDatabase.pupil;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scolarite.replication.ReplicationDatabase;
import org.scolarite.replication.control.Replicator;
import org.scolarite.replication.entity.ExportKind;
import org.scolarite.replication.entity.FileFailure;
import org.scolarite.replication.entity.RunStatus;
import org.scolarite.replication.entity.RunTrigger;
import org.scolarite.replication.entity.SchoolLifeRecord;
import org.scolarite.replication.entity.SourceItem;
import org.scolarite.schoollife.entity.SchoolLifeKind;

/** The school-life feed on a real database (H2; PostgreSQL with -Dreplication.test.postgresql): R-VS-1, R-REPL-2. */
class SchoolLifeFeedTest {

    private static final String FILE = "VieScolaire.xml";

    @TempDir
    Path dataDir;

    private ReplicationDatabase db;

    @BeforeEach
    void open() throws Exception {
        db = new ReplicationDatabase(dataDir);
        db.replicate(SCHOOL, List.of(pupil("1001", "1234567890A", "Dupont", "Jean", "6A", null, null),
                pupil("1002", "1234567891B", "Martin", "Léa", "6A", null, null)), List.of());
    }

    @AfterEach
    void close() throws Exception {
        db.close();
    }

    private static SchoolLifeRecord absence(String id, String pupil, Boolean publishable) {
        LocalDateTime from = LocalDateTime.of(2026, 11, 16, 8, 0);
        return new SchoolLifeRecord(at(FILE, 10, "ABSENCE", "ABSENCE_ID=" + id), SchoolLifeKind.ABSENCE, id, pupil,
                from.toLocalDate(), from, from.plusHours(4), 1, null, true, null, "Maladie", publishable, null);
    }

    private static SchoolLifeRecord sanction(String id, String pupil, Boolean familyNotified) {
        return new SchoolLifeRecord(at(FILE, 40, "SANCTION", "SANCTION_ID=" + id), SchoolLifeKind.SANCTION, id, pupil,
                LocalDate.of(2026, 11, 6), null, null, null, null, null, "Avertissement", "Bousculade", null,
                familyNotified);
    }

    private static SchoolLifeRecord measure(String id, String pupil) {
        return new SchoolLifeRecord(at(FILE, 50, "MESURE", "MESURE_ID=" + id), SchoolLifeKind.MEASURE, id, pupil,
                LocalDate.of(2026, 11, 9), null, null, null, null, null, "Tutorat", "Suivi", null, null);
    }

    private long replicate(List<SourceItem> items) throws Exception {
        db.deposit(UAI, FILE, ExportKind.SCHOOL_LIFE, 2026);
        Replicator replicator = new Replicator(db.connection, LocalDateTime.of(2026, 11, 30, 2, 0), db.dropZone,
                ReplicationDatabase.HEADER_LINE, List.of(new PupilsFeed(), new SchoolLifeFeed()));
        long run = replicator.openRun("test", RunTrigger.CONSOLE, ACADEMY, Set.of(SCHOOL));
        List<Replicator.Pinned> files = replicator.pin(run, SCHOOL);
        replicator.write(run, SCHOOL, files.get(0), items);
        replicator.reconcile(run, SCHOOL);
        replicator.finish(run, RunStatus.COMPLETED);
        return run;
    }

    @Test
    @DisplayName("R-VS-1: events are stored with « shown » = the publication rule (publiable, famille avisée, measures)")
    void shownByRule() throws Exception {
        long run = replicate(List.of(absence("1", "1001", true), absence("2", "1001", false),
                absence("3", "1001", null), sanction("1", "1001", true), sanction("2", "1001", false),
                measure("1", "1002")));

        assertThat(db.strings("SELECT source_id || '=' || CASE WHEN shown THEN 'shown' ELSE 'hidden' END "
                + "FROM school_life_event ORDER BY source_id")).containsExactly("ABS:1=shown", "ABS:2=hidden",
                "ABS:3=hidden", "MES:1=shown", "SAN:1=shown", "SAN:2=hidden");
        assertThat(db.counts(run, "SCHOOL_LIFE")).containsExactly(6L, 6L, 0L, 0L, 0L, 0L);
    }

    @Test
    @DisplayName("R-REPL-2: the same file again changes nothing; a changed flag is an update that hides the event")
    void idempotent() throws Exception {
        replicate(List.of(absence("1", "1001", true), measure("1", "1002")));
        long second = replicate(List.of(absence("1", "1001", true), measure("1", "1002")));
        assertThat(db.counts(second, "SCHOOL_LIFE")).containsExactly(2L, 0L, 0L, 2L, 0L, 0L);

        long third = replicate(List.of(absence("1", "1001", false), measure("1", "1002")));
        assertThat(db.counts(third, "SCHOOL_LIFE")).containsExactly(2L, 0L, 1L, 1L, 0L, 0L);
        assertThat(db.count("SELECT COUNT(*) FROM school_life_event WHERE shown = TRUE")).isEqualTo(1);
    }

    @Test
    @DisplayName("R-REPL-2: an event of a pupil the establishment does not know is rejected with its reason, the rest "
            + "is written")
    void unknownPupil() throws Exception {
        long run = replicate(List.of(absence("1", "9999", true), absence("2", "1001", true)));

        assertThat(db.strings("SELECT source_key || ' : ' || reason FROM replication_rejection WHERE run_id = " + run))
                .containsExactly("ABSENCE_ID=1 : Évènement de vie scolaire rejeté : élève ELEVE_ID=9999 inconnu de "
                        + "l'établissement (absent de l'export des élèves).");
        assertThat(db.strings("SELECT source_id FROM school_life_event")).containsExactly("ABS:2");
    }

    @Test
    @DisplayName("R-REPL-2: an event no longer in a complete file was deleted at the source; a failed file deletes "
            + "nothing")
    void deletions() throws Exception {
        replicate(List.of(absence("1", "1001", true), absence("2", "1001", true), sanction("1", "1002", true)));

        List<SourceItem> failed = new ArrayList<>(List.of(absence("1", "1001", true)));
        failed.add(new FileFailure(at(FILE, 200, null, null), "XML mal formé"));
        replicate(failed);
        assertThat(db.count("SELECT COUNT(*) FROM school_life_event")).isEqualTo(3);

        long run = replicate(List.of(absence("1", "1001", true)));
        assertThat(db.strings("SELECT source_id FROM school_life_event")).containsExactly("ABS:1");
        assertThat(db.counts(run, "SCHOOL_LIFE").get(4)).as("deleted, counted with the departures").isEqualTo(2);
    }
}

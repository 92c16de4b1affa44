package org.scolarite.replication.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scolarite.replication.ReplicationDatabase.OTHER_SCHOOL;
import static org.scolarite.replication.ReplicationDatabase.SCHOOL;
import static org.scolarite.replication.ReplicationDatabase.at;
import static org.scolarite.replication.ReplicationDatabase.pupil;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scolarite.replication.ReplicationDatabase;
import org.scolarite.replication.entity.Rejection;
import org.scolarite.replication.entity.RunStatus;
import org.scolarite.replication.entity.SchoolRunStatus;
import org.scolarite.replication.entity.SourceItem;

/** The run reports' SQL on H2: totals per scope, the rejection pages and the CSV for French Excel (R-REPL-2). */
class RunQueriesTest {

    @TempDir
    Path dataDir;

    private ReplicationDatabase db;
    private RunQueries queries;

    @BeforeEach
    void open() throws Exception {
        db = new ReplicationDatabase(dataDir);
        queries = new RunQueries(db.connection, code -> code.equals("PUPILS") ? "Élèves" : code);
    }

    @AfterEach
    void close() throws Exception {
        db.close();
    }

    private long runWithRejections() throws Exception {
        List<SourceItem> pupils = List.of(pupil("1001", "1234567890A", "Dupont", "Jean", "6A", null, null),
                Rejection.rejected(at("ElevesSansAdresses.xml", 30, "ELEVE", "ELEVE_ID=1003"), "=HYPERLINK(\"x\")"),
                Rejection.anomaly(at("ElevesSansAdresses.xml", 20, "ELEVE", "ELEVE_ID=1001"), "Deux divisions"));
        return db.replicate(SCHOOL, pupils, List.of());
    }

    @Test
    @DisplayName("R-REPL-2: a run's summary totals the establishments' counts; a school's scope sees its own only")
    void summaries() throws Exception {
        long run = runWithRejections();
        RunQueries.Scope academy = new RunQueries.Scope(ReplicationDatabase.ACADEMY, null);

        RunSummary summary = queries.recent(academy, null, 0, 10, false).get(0);
        assertThat(summary.id()).isEqualTo(run);
        assertThat(summary.status()).isEqualTo(RunStatus.COMPLETED);
        assertThat(List.of(summary.establishments(), summary.establishmentsDone(), summary.establishmentsFailed()))
                .containsExactly(1, 1, 0);
        assertThat(List.of(summary.read(), summary.created(), summary.rejected())).containsExactly(2L, 1L, 1L);
        assertThat(queries.recent(academy, null, 0, 10, true)).as("none running").isEmpty();
        assertThat(queries.recent(new RunQueries.Scope(ReplicationDatabase.ACADEMY, Set.of(OTHER_SCHOOL)), null, 0, 10,
                false)).as("another school's head").isEmpty();
        List<SchoolReport> schools = queries.schools(academy, run);
        assertThat(schools).singleElement().satisfies(school -> {
            assertThat(school.uai()).isEqualTo(ReplicationDatabase.UAI);
            assertThat(school.status()).isEqualTo(SchoolRunStatus.DONE);
            assertThat(school.feeds()).extracting(FeedCount::feed).containsExactly("PUPILS", "GUARDIANS");
        });
    }

    @Test
    @DisplayName("R-REPL-2: the runs list is read by page, newest first, and counted within the actor's scope")
    void runsByPage() throws Exception {
        long first = runWithRejections();
        long second = runWithRejections();
        long third = runWithRejections();
        RunQueries.Scope academy = new RunQueries.Scope(ReplicationDatabase.ACADEMY, null);
        RunQueries.Scope otherSchool = new RunQueries.Scope(ReplicationDatabase.ACADEMY, Set.of(OTHER_SCHOOL));

        assertThat(queries.recent(academy, null, 0, 2, false)).extracting(RunSummary::id)
                .containsExactly(third, second);
        assertThat(queries.recent(academy, null, 2, 2, false)).extracting(RunSummary::id).containsExactly(first);
        assertThat(queries.count(academy, null)).isEqualTo(3);
        assertThat(queries.count(academy, SCHOOL)).isEqualTo(3);
        assertThat(queries.count(otherSchool, null)).as("another school's head").isZero();
    }

    @Test
    @DisplayName("R-REPL-2: rejections come in file order, by page, with their location")
    void rejectionPages() throws Exception {
        long run = runWithRejections();
        RunQueries.Scope academy = new RunQueries.Scope(ReplicationDatabase.ACADEMY, null);

        assertThat(queries.countRejections(academy, run)).isEqualTo(2);
        assertThat(queries.rejections(academy, run, 0, 10)).extracting(line -> line.location().line())
                .containsExactly(20, 30);
        assertThat(queries.rejections(academy, run, 1, 10)).singleElement()
                .satisfies(line -> assertThat(line.location().key()).isEqualTo("ELEVE_ID=1003"));
        assertThat(queries.countRejections(new RunQueries.Scope(ReplicationDatabase.ACADEMY, Set.of(OTHER_SCHOOL)),
                run)).isZero();
    }

    @Test
    @DisplayName("R-REPL-2: the rejection CSV is UTF-8 with BOM, « ; », French headers, formulas written as text")
    void csv() throws Exception {
        long run = runWithRejections();
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        queries.writeCsv(new RunQueries.Scope(ReplicationDatabase.ACADEMY, null), run, out);

        String csv = out.toString(StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFÉtablissement;Flux;Fichier;Ligne;Colonne;Élément;Motif;Enregistrement "
                + "conservé\r\n");
        assertThat(csv.lines().skip(1)).containsExactly(
                "0140070A;Élèves;ElevesSansAdresses.xml;20;5;ELEVE ELEVE_ID=1001;Deux divisions;oui",
                "0140070A;Élèves;ElevesSansAdresses.xml;30;5;ELEVE ELEVE_ID=1003;\"'=HYPERLINK(\"\"x\"\")\";non");
    }
}

package org.scolarite.replication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scolarite.replication.ReplicationDatabase.HEADER_LINE;
import static org.scolarite.replication.ReplicationDatabase.SCHOOL;
import static org.scolarite.replication.ReplicationDatabase.UAI;
import static org.scolarite.replication.ReplicationDatabase.pupil;

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
import org.scolarite.replication.control.feed.LslFeed;
import org.scolarite.replication.control.feed.LsuFeed;
import org.scolarite.replication.control.siecle.SiecleExports;
import org.scolarite.replication.entity.ExportKind;
import org.scolarite.replication.entity.Rejection;
import org.scolarite.replication.entity.RunStatus;
import org.scolarite.replication.entity.RunTrigger;
import org.scolarite.replication.entity.SourceItem;

/**
 * The report books' feeds (docs/feeds/livret-cp-3e.md, livret-lycee.md) read from real XML and written on a real
 * (H2, or PostgreSQL) database: R-LSU-1, R-LSL-1, R-REPL-2 (rejections with their reason, idempotence, deletions).
 */
class ReportBookFeedsTest {

    @TempDir
    Path dataDir;

    private ReplicationDatabase db;

    @BeforeEach
    void open() throws Exception {
        db = new ReplicationDatabase(dataDir);
        db.replicate(SCHOOL, List.of(pupil("1001", "1234567890A", "Dupont", "Jean", "6A", null, null),
                pupil("1002", "1234567891B", "Martin", "Léa", "6A", null, null)), List.of());
        db.sql.execute("INSERT INTO school_period (id, division_id, code, label, starts_on, ends_on) SELECT 1, id, "
                + "'T1', '1er trimestre', DATE '2026-09-01', DATE '2026-11-30' FROM division WHERE code = '6A'");
        db.sql.execute("INSERT INTO subject (id, code, long_label) VALUES (1, '020700', 'FRANCAIS')");
        db.sql.execute("INSERT INTO subject (id, code, long_label) VALUES (2, '061300', 'MATHEMATIQUES')");
    }

    @AfterEach
    void close() throws Exception {
        db.close();
    }

    private static final String LSU = """
            <?xml version="1.0" encoding="UTF-8"?>
            <TS_LIVRET_CP3E VERSION="1.0">
              <PARAMETRES><UAJ>0140070A</UAJ><ANNEE_SCOLAIRE>2026</ANNEE_SCOLAIRE><DATE_EXPORT>29/11/2026</DATE_EXPORT>
              </PARAMETRES>
              <DONNEES>
                <BILANS_PERIODIQUES>
                  <BILAN_PERIODIQUE BILAN_ID="B1001T1" ELEVE_ID="1001" CODE_PERIODE="T1">
                    <DISCIPLINES>
                      <DISCIPLINE CODE_MATIERE="020700" POSITIONNEMENT="3"><LIBELLE>Français</LIBELLE>
                        <ENSEIGNANT>Mme Hamel</ENSEIGNANT><ELEMENTS_PROGRAMME>Le conte</ELEMENTS_PROGRAMME>
                        <APPRECIATION>Bon travail.</APPRECIATION></DISCIPLINE>
                      <DISCIPLINE CODE_MATIERE="061300"><LIBELLE>Mathématiques</LIBELLE></DISCIPLINE>
                    </DISCIPLINES>
                    <APPRECIATION_GENERALE>Trimestre satisfaisant.</APPRECIATION_GENERALE>
                  </BILAN_PERIODIQUE>
                  %s
                  <BILAN_PERIODIQUE BILAN_ID="B9999T1" ELEVE_ID="9999" CODE_PERIODE="T1">
                    <DISCIPLINES><DISCIPLINE CODE_MATIERE="020700"><LIBELLE>Français</LIBELLE></DISCIPLINE></DISCIPLINES>
                  </BILAN_PERIODIQUE>
                  <BILAN_PERIODIQUE BILAN_ID="B1002T4" ELEVE_ID="1002" CODE_PERIODE="T4">
                    <DISCIPLINES><DISCIPLINE CODE_MATIERE="999999"><LIBELLE>Inconnue</LIBELLE></DISCIPLINE></DISCIPLINES>
                  </BILAN_PERIODIQUE>
                  <BILAN_PERIODIQUE BILAN_ID="B1002T5" ELEVE_ID="1002" CODE_PERIODE="T1">
                    <DISCIPLINES><DISCIPLINE CODE_MATIERE="020700" POSITIONNEMENT="5"><LIBELLE>Français</LIBELLE>
                    </DISCIPLINE></DISCIPLINES>
                  </BILAN_PERIODIQUE>
                </BILANS_PERIODIQUES>
                <BILANS_CYCLE>
                  <BILAN_CYCLE BILAN_ID="C10012" ELEVE_ID="1001" CYCLE="2" ANNEE_SCOLAIRE="2024">
                    <DOMAINE CODE="CPD_FRA" NIVEAU="3"/><DOMAINE CODE="CPD_SCI" NIVEAU="4"/>
                    <SYNTHESE>Acquis solides.</SYNTHESE>
                  </BILAN_CYCLE>
                </BILANS_CYCLE>
              </DONNEES>
            </TS_LIVRET_CP3E>
            """;

    private static final String SECOND_REPORT = """
            <BILAN_PERIODIQUE BILAN_ID="B1002T1" ELEVE_ID="1002" CODE_PERIODE="T1">
              <DISCIPLINES><DISCIPLINE CODE_MATIERE="061300" POSITIONNEMENT="4"><LIBELLE>Mathématiques</LIBELLE>
              </DISCIPLINE></DISCIPLINES>
            </BILAN_PERIODIQUE>""";

    private static final String LSL = """
            <?xml version="1.0" encoding="UTF-8"?>
            <TS_LIVRET_LYCEE VERSION="1.0">
              <PARAMETRES><UAJ>0140070A</UAJ><ANNEE_SCOLAIRE>2026</ANNEE_SCOLAIRE><DATE_EXPORT>29/11/2026</DATE_EXPORT>
              </PARAMETRES>
              <DONNEES>
                <ANNEES>
                  <ANNEE ANNEE_ID="A10012025" ELEVE_ID="1001" ANNEE_SCOLAIRE="2025" NIVEAU="PREMIERE">
                    <ENSEIGNEMENT CODE_MATIERE="020700" GROUPE="COMMUN"><LIBELLE>Français</LIBELLE>
                      <MOYENNE_ELEVE>14,5</MOYENNE_ELEVE><MOYENNE_CLASSE>11.80</MOYENNE_CLASSE>
                      <COMPETENCE LIBELLE="Analyser un texte" NIVEAU="3"/><COMPETENCE LIBELLE="Argumenter" NIVEAU="4"/>
                    </ENSEIGNEMENT>
                    <ENGAGEMENT>Déléguée de classe.</ENGAGEMENT>
                  </ANNEE>
                  <ANNEE ANNEE_ID="A10012024" ELEVE_ID="1001" ANNEE_SCOLAIRE="2024" NIVEAU="SECONDE">
                    <ENSEIGNEMENT CODE_MATIERE="020700" GROUPE="COMMUN"><LIBELLE>Français</LIBELLE></ENSEIGNEMENT>
                  </ANNEE>
                  <ANNEE ANNEE_ID="A10022026" ELEVE_ID="1002" ANNEE_SCOLAIRE="2026" NIVEAU="TERMINALE">
                    <ENSEIGNEMENT CODE_MATIERE="043900" GROUPE="SPECIALITE"><LIBELLE>HGGSP</LIBELLE></ENSEIGNEMENT>
                  </ANNEE>
                </ANNEES>
                <AVIS_EXAMENS>
                  <AVIS_EXAMEN AVIS_ID="E1001" ELEVE_ID="1001" AVIS="DOIT_FAIRE_SES_PREUVES">
                    <OBSERVATION_CHEF>Parcours sérieux.</OBSERVATION_CHEF><SERIE>Baccalauréat général</SERIE>
                    <REPARTITION TRES_FAVORABLE="30" FAVORABLE="50" DOIT_FAIRE_SES_PREUVES="10"/>
                  </AVIS_EXAMEN>
                </AVIS_EXAMENS>
                <SCOLARITES>
                  <SCOLARITE ELEVE_ID="1001">
                    <ANNEE_SCOLARITE ANNEE_SCOLAIRE="2021" CLASSE="6e" ETABLISSEMENT="Collège Jean Moulin" COMMUNE="Caen"/>
                    <ANNEE_SCOLARITE ANNEE_SCOLAIRE="2022" CLASSE="5e" ETABLISSEMENT="Collège Jean Moulin" COMMUNE="Caen"/>
                  </SCOLARITE>
                </SCOLARITES>
              </DONNEES>
            </TS_LIVRET_LYCEE>
            """;

    /**
     * One run over the school with only this feed's file: read by the real reader, written, reconciled. Its counts
     * are read, created, updated, unchanged, deleted, rejected (« read » includes the reader's rejections).
     */
    private long run(String name, ExportKind kind, String xml) throws Exception {
        Path file = dataDir.resolve(name);
        Files.writeString(file, xml, StandardCharsets.UTF_8);
        List<SourceItem> items = new ArrayList<>();
        try (SourceReader reader = SiecleExports.open(file, UAI)) {
            for (SourceItem item = reader.next(); item != null; item = reader.next()) {
                items.add(item);
            }
        }
        db.deposit(UAI, name, kind, 2026);
        Replicator replicator = new Replicator(db.connection, db.now, db.dropZone, HEADER_LINE,
                List.of(new LsuFeed(), new LslFeed()));
        long run = replicator.openRun("test", RunTrigger.CONSOLE, ReplicationDatabase.ACADEMY, Set.of(SCHOOL));
        List<Replicator.Pinned> files = replicator.pin(run, SCHOOL);
        replicator.write(run, SCHOOL, files.get(0), items);
        replicator.reconcile(run, SCHOOL);
        replicator.finish(run, RunStatus.COMPLETED);
        db.now = db.now.plusDays(1);
        return run;
    }

    private List<String> reasons(long run) throws Exception {
        return db.strings("SELECT source_key || ' : ' || reason FROM replication_rejection WHERE run_id = " + run
                + " ORDER BY line_number");
    }

    @Test
    @DisplayName("R-LSU-1, R-REPL-2: periodic reports and cycle assessments are written; unknown pupil, period or "
            + "subject and a level out of 1–4 are rejected with their French reason, the rest goes on")
    void lsuFirstLoad() throws Exception {
        long run = run("LivretScolaireCP3e.xml", ExportKind.LSU, LSU.formatted(SECOND_REPORT));

        assertThat(db.counts(run, "LSU")).containsExactly(6L, 3L, 0L, 0L, 0L, 3L);
        assertThat(reasons(run)).containsExactly(
                "BILAN_ID=B9999T1 : Élève inconnu : ELEVE_ID 9999 n'est pas un élève de l'établissement "
                        + "(export des élèves)",
                "BILAN_ID=B1002T4 : Bilan périodique rejeté : période T4 inconnue pour la division de l'élève ; "
                        + "matière inconnue de la nomenclature : 999999",
                "BILAN_ID=B1002T5 : POSITIONNEMENT de 020700 « 5 » : un entier de 1 à 4 est attendu");
        assertThat(db.strings("SELECT r.period_label || '|' || e.subject_label || '|' || COALESCE(CAST(e.positioning "
                + "AS VARCHAR(2)), '-') || '|' || COALESCE(e.teacher, '-') FROM lsu_period_report r JOIN "
                + "lsu_subject_entry e ON e.report_id = r.id WHERE r.source_id = 'B1001T1' ORDER BY e.rank_number"))
                .containsExactly("1er trimestre|Français|3|Mme Hamel", "1er trimestre|Mathématiques|-|-");
        assertThat(db.strings("SELECT component || '=' || CAST(level AS VARCHAR(2)) FROM lsu_socle_level "
                + "ORDER BY component")).containsExactly("CPD_FRA=3", "CPD_SCI=4");
    }

    @Test
    @DisplayName("R-REPL-2: the same book file twice changes nothing; a report absent from a complete file is "
            + "deleted with its subjects")
    void lsuIdempotentAndReconciled() throws Exception {
        run("LivretScolaireCP3e.xml", ExportKind.LSU, LSU.formatted(SECOND_REPORT));
        long again = run("LivretScolaireCP3e.xml", ExportKind.LSU, LSU.formatted(SECOND_REPORT));
        assertThat(db.counts(again, "LSU")).containsExactly(6L, 0L, 0L, 3L, 0L, 3L);

        long without = run("LivretScolaireCP3e.xml", ExportKind.LSU, LSU.formatted(""));
        assertThat(db.counts(without, "LSU")).containsExactly(5L, 0L, 0L, 2L, 1L, 3L);
        assertThat(db.strings("SELECT source_id FROM lsu_period_report ORDER BY source_id"))
                .containsExactly("B1001T1");
        assertThat(db.count("SELECT COUNT(*) FROM lsu_subject_entry")).isEqualTo(2);
    }

    @Test
    @DisplayName("R-LSL-1, R-REPL-2: years from Première with disciplines and competences, the opinion and its "
            + "distribution, the schooling are written; a year of Seconde and an unknown subject are rejected")
    void lsl() throws Exception {
        long run = run("LivretScolaireLycee.xml", ExportKind.LSL, LSL);

        assertThat(db.counts(run, "LSL")).containsExactly(5L, 3L, 0L, 0L, 0L, 2L);
        assertThat(reasons(run)).containsExactly(
                "ANNEE_ID=A10012024 : NIVEAU « SECONDE » : le livret scolaire du lycée commence en Première "
                        + "(PREMIERE ou TERMINALE)",
                "ANNEE_ID=A10022026 : Année du livret rejetée : matière inconnue de la nomenclature : 043900");
        assertThat(db.string("SELECT CAST(d.student_average AS VARCHAR(8)) || '/' || CAST(d.group_average AS "
                + "VARCHAR(8)) || '/' || d.book_group FROM lsl_discipline d")).isEqualTo("14.50/11.80/COMMUN");
        assertThat(db.strings("SELECT label || '=' || CAST(level AS VARCHAR(2)) FROM lsl_competence "
                + "ORDER BY rank_number")).containsExactly("Analyser un texte=3", "Argumenter=4");
        assertThat(db.string("SELECT opinion || ' ' || CAST(very_favourable_count + favourable_count + prove_count "
                + "AS VARCHAR(8)) FROM lsl_exam_opinion")).isEqualTo("DOIT_FAIRE_SES_PREUVES 90");
        assertThat(db.count("SELECT COUNT(*) FROM lsl_schooling_year")).isEqualTo(2);

        long again = run("LivretScolaireLycee.xml", ExportKind.LSL, LSL);
        assertThat(db.counts(again, "LSL")).containsExactly(5L, 0L, 0L, 3L, 0L, 2L);
    }

    @Test
    @DisplayName("R-REPL-2: a record the reader rejects is reported at its line, the others of the file are read")
    void readerRejectionsKeepTheRest() throws Exception {
        Path file = dataDir.resolve("l.xml");
        Files.writeString(file, LSU.formatted(SECOND_REPORT), StandardCharsets.UTF_8);
        List<SourceItem> items = new ArrayList<>();
        try (SourceReader reader = SiecleExports.open(file, UAI)) {
            for (SourceItem item = reader.next(); item != null; item = reader.next()) {
                items.add(item);
            }
        }
        assertThat(items).hasSize(6);
        assertThat(items).filteredOn(Rejection.class::isInstance).singleElement()
                .satisfies(r -> assertThat(r.location().line()).isEqualTo(26));
    }
}

package org.scolarite.replication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.scolarite.replication.ReplicationDatabase.ACADEMY;
import static org.scolarite.replication.ReplicationDatabase.EXPORT_DATE;
import static org.scolarite.replication.ReplicationDatabase.OTHER_SCHOOL;
import static org.scolarite.replication.ReplicationDatabase.SCHOOL;
import static org.scolarite.replication.ReplicationDatabase.UAI;
import static org.scolarite.replication.ReplicationDatabase.at;
import static org.scolarite.replication.ReplicationDatabase.guardianship;
import static org.scolarite.replication.ReplicationDatabase.legal;
import static org.scolarite.replication.ReplicationDatabase.person;
import static org.scolarite.replication.ReplicationDatabase.pupil;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scolarite.people.entity.LegalRank;
import org.scolarite.replication.control.AccountEffects;
import org.scolarite.replication.control.ReplicationFeed;
import org.scolarite.replication.control.Replicator;
import org.scolarite.replication.control.SourceReader;
import org.scolarite.replication.control.feed.PupilsFeed;
import org.scolarite.replication.entity.ExportHeader;
import org.scolarite.replication.entity.ExportKind;
import org.scolarite.replication.entity.FileFailure;
import org.scolarite.replication.entity.Rejection;
import org.scolarite.replication.entity.RunStatus;
import org.scolarite.replication.entity.RunTrigger;
import org.scolarite.replication.entity.SourceItem;
import org.scolarite.replication.entity.SourceLocation;

/** The replication engine's writing side on a real (H2) database: R-REPL-2, R-ACC-1, R-ACC-2. */
class ReplicatorTest {

    @TempDir
    Path dataDir;

    private ReplicationDatabase db;

    @BeforeEach
    void open() throws Exception {
        db = new ReplicationDatabase(dataDir);
    }

    @AfterEach
    void close() throws Exception {
        db.close();
    }

    private static List<SourceItem> pupils() {
        return List.of(pupil("1001", "1234567890A", "Dupont", "Jean", "6A", null, "1 rue des Lilas"),
                pupil("1002", "1234567891B", "Martin", "Léa", "6A", null, "2 rue des Roses"));
    }

    private static List<SourceItem> guardians() {
        return List.of(person("2001", "Dupont", "Marie"), person("2002", "Dupont", "Paul"),
                person("2003", "Martin", "Sophie"),
                guardianship("1001", legal("2001", LegalRank.FIRST), legal("2002", LegalRank.SECOND)),
                guardianship("1002", legal("2003", LegalRank.FIRST)));
    }

    @Test
    @DisplayName("R-REPL-2: a first load creates the pupils, guardians, links and structures, and counts them")
    void firstLoad() throws Exception {
        long run = db.replicate(SCHOOL, pupils(), guardians());

        assertThat(db.counts(run, "PUPILS")).containsExactly(2L, 2L, 0L, 0L, 0L, 0L);
        assertThat(db.counts(run, "GUARDIANS")).containsExactly(5L, 5L, 0L, 0L, 0L, 0L);
        assertThat(db.count("SELECT COUNT(*) FROM student WHERE establishment_id = 10 AND division_id IS NOT NULL "
                + "AND mef_id = 1")).isEqualTo(2);
        assertThat(db.count("SELECT COUNT(*) FROM guardian_link")).isEqualTo(3);
        assertThat(db.strings("SELECT code FROM division")).containsExactly("6A");
        assertThat(db.count("SELECT COUNT(*) FROM student_group")).isEqualTo(2);
        assertThat(db.count("SELECT COUNT(*) FROM student_option")).isEqualTo(2);
        assertThat(db.string("SELECT status FROM replication_run WHERE id = " + run)).isEqualTo("COMPLETED");
        assertThat(db.string("SELECT status FROM replication_school WHERE run_id = " + run)).isEqualTo("DONE");
    }

    @Test
    @DisplayName("R-REPL-2: the same export again changes nothing (all unchanged, no account, no history row)")
    void sameExportTwice() throws Exception {
        db.replicate(SCHOOL, pupils(), guardians());
        long accounts = db.count("SELECT COUNT(*) FROM account");
        long events = db.count("SELECT COUNT(*) FROM account_event");
        String hashes = String.join(",", db.strings("SELECT source_hash FROM student ORDER BY id"));

        long second = db.replicate(SCHOOL, pupils(), guardians());

        assertThat(db.counts(second, "PUPILS")).containsExactly(2L, 0L, 0L, 2L, 0L, 0L);
        assertThat(db.counts(second, "GUARDIANS")).containsExactly(5L, 0L, 0L, 5L, 0L, 0L);
        assertThat(db.count("SELECT COUNT(*) FROM account")).isEqualTo(accounts);
        assertThat(db.count("SELECT COUNT(*) FROM account_event")).isEqualTo(events);
        assertThat(String.join(",", db.strings("SELECT source_hash FROM student ORDER BY id"))).isEqualTo(hashes);
    }

    @Test
    @DisplayName("R-REPL-2, R-ACC-1: a changed address or name is an update; a change of name creates no account")
    void changes() throws Exception {
        db.replicate(SCHOOL, pupils(), guardians());
        long accounts = db.count("SELECT COUNT(*) FROM account");

        long run = db.replicate(SCHOOL, List.of(
                pupil("1001", "1234567890A", "Dupont", "Jean", "6A", null, "9 avenue Foch"),
                pupil("1002", "1234567891B", "Martin-Durand", "Léa", "6A", null, "2 rue des Roses")), guardians());

        assertThat(db.counts(run, "PUPILS")).containsExactly(2L, 0L, 2L, 0L, 0L, 0L);
        assertThat(db.string("SELECT address_line1 FROM student WHERE source_id = '1001'")).isEqualTo("9 avenue Foch");
        assertThat(db.string("SELECT last_name FROM student WHERE source_id = '1002'")).isEqualTo("Martin-Durand");
        assertThat(db.count("SELECT COUNT(*) FROM account")).isEqualTo(accounts);
    }

    @Test
    @DisplayName("R-REPL-2: a pupil absent from a complete file left on the export's date; DATE_SORTIE is his date")
    void departures() throws Exception {
        db.replicate(SCHOOL, pupils(), guardians());

        long run = db.replicate(SCHOOL, List.of(
                pupil("1002", "1234567891B", "Martin", "Léa", "6A", LocalDate.of(2026, 11, 20), "2 rue des Roses")),
                List.of());

        assertThat(db.string("SELECT departure_date FROM student WHERE source_id = '1001'"))
                .isEqualTo(EXPORT_DATE.toString());
        assertThat(db.string("SELECT departure_date FROM student WHERE source_id = '1002'")).isEqualTo("2026-11-20");
        assertThat(db.counts(run, "PUPILS").get(4)).isEqualTo(2);
        assertThat(db.count("SELECT COUNT(*) FROM replication_seen")).isZero();
    }

    @Test
    @DisplayName("R-REPL-2: a pupil rejected by the reader was in the file: he has not left")
    void rejectedPupilHasNotLeft() throws Exception {
        db.replicate(SCHOOL, pupils(), guardians());

        long run = db.replicate(SCHOOL, List.of(pupils().get(1), Rejection.rejected(
                at("ElevesSansAdresses.xml", 12, "ELEVE", "ELEVE_ID=1001"), "Date de naissance invalide : 31/02/2014")),
                List.of());

        assertThat(db.string("SELECT departure_date FROM student WHERE source_id = '1001'")).isNull();
        assertThat(db.counts(run, "PUPILS")).containsExactly(2L, 0L, 0L, 1L, 0L, 1L);
    }

    @Test
    @DisplayName("R-REPL-2: a failed file reports its failure, concludes no departure, and fails its establishment")
    void failedFile() throws Exception {
        db.replicate(SCHOOL, pupils(), guardians());

        long run = db.replicate(SCHOOL, List.of(pupils().get(1), new FileFailure(
                at("ElevesSansAdresses.xml", 300, "ELEVE", null), "XML mal formé : balise </ELEVES> attendue")),
                guardians());

        assertThat(db.count("SELECT COUNT(*) FROM student WHERE departure_date IS NOT NULL")).isZero();
        assertThat(db.string("SELECT failure FROM replication_file WHERE feed = 'PUPILS' AND school_id = "
                + "(SELECT id FROM replication_school WHERE run_id = " + run + ")")).contains("XML mal formé");
        assertThat(db.string("SELECT status FROM replication_school WHERE run_id = " + run)).isEqualTo("FAILED");
        assertThat(db.string("SELECT status FROM replication_run WHERE id = " + run))
                .isEqualTo("COMPLETED_WITH_FAILURES");
    }

    @Test
    @DisplayName("R-REPL-2: rejections are stored with their location; engine-side faults too; the run completes")
    void rejections() throws Exception {
        List<SourceItem> pupils = List.of(pupils().get(0),
                Rejection.rejected(at("ElevesSansAdresses.xml", 50, "ELEVE", "ELEVE_ID=1003"), "Sexe inconnu : 7"),
                pupil("1004", null, "Petit", "Noé", "6B", null, null, "99999999999"));
        List<SourceItem> guardians = List.of(person("2001", "Dupont", "Marie"),
                guardianship("9999", legal("2001", LegalRank.FIRST)));

        long run = db.replicate(SCHOOL, pupils, guardians);

        assertThat(db.strings("SELECT line_number || ':' || element || ':' || source_key || ':' "
                + "|| CASE WHEN kept THEN 'TRUE' ELSE 'FALSE' END || ':' || reason "
                + "FROM replication_rejection WHERE run_id = " + run + " ORDER BY id")).containsExactly(
                "10:ELEVE:ELEVE_ID=1004:TRUE:MEF 99999999999 inconnu de la nomenclature : l'élève est répliqué sans MEF.",
                "50:ELEVE:ELEVE_ID=1003:FALSE:Sexe inconnu : 7",
                "40:RESPONSABLE_ELEVE:ELEVE_ID=9999:FALSE:Responsables rejetés : l'élève ELEVE_ID=9999 est inconnu de "
                        + "l'établissement.");
        assertThat(db.string("SELECT mef_id FROM student WHERE source_id = '1004'")).isNull();
        assertThat(db.string("SELECT status FROM replication_run WHERE id = " + run)).isEqualTo("COMPLETED");
    }

    @Test
    @DisplayName("R-ACC-1, R-ACC-2: pupils and légal 1/2 get « Non notifié » accounts (3 level-1 → 2), ids numbered")
    void preCreation() throws Exception {
        List<SourceItem> guardians = List.of(person("2001", "Dupont", "Marie"), person("2002", "Dupont", "Paul"),
                person("2003", "Durand", "Jeanne"), person("2004", "Dupont", "Jean"),
                guardianship("1001", legal("2001", LegalRank.FIRST), legal("2002", LegalRank.SECOND),
                        legal("2003", LegalRank.OTHER)),
                guardianship("1002", legal("2004", LegalRank.FIRST)));

        long run = db.replicate(SCHOOL, pupils(), guardians);

        assertThat(db.strings("SELECT username FROM account ORDER BY username"))
                .containsExactly("jean.dupont", "jean.dupont1", "lea.martin", "marie.dupont", "paul.dupont");
        assertThat(db.count("SELECT COUNT(*) FROM account WHERE state = 'NOT_NOTIFIED'")).isEqualTo(5);
        assertThat(db.count("SELECT COUNT(*) FROM account_event WHERE event_type = 'CREATED' "
                + "AND actor = 'réplication'")).isEqualTo(5);
        assertThat(db.count("SELECT COUNT(*) FROM account a JOIN account_student x ON x.account_id = a.id "
                + "WHERE a.kind = 'GUARDIAN' AND x.holder_id = a.guardian_id")).isEqualTo(3);
        assertThat(db.preCreate(run)).as("safe to call twice").isZero();
    }

    @Test
    @DisplayName("R-ACC-1, R-ACC-2: the pre-creation shared by slices of identifier bases (the job's threads) creates "
            + "each account once, with the identifiers one thread gives")
    void preCreationInSlices() throws Exception {
        List<SourceItem> guardians = List.of(person("2001", "Dupont", "Marie"), person("2002", "Dupont", "Paul"),
                person("2004", "Dupont", "Jean"), guardianship("1001", legal("2001", LegalRank.FIRST),
                        legal("2002", LegalRank.SECOND)), guardianship("1002", legal("2004", LegalRank.FIRST)));
        long run = db.replicate(SCHOOL, pupils(), guardians);
        List<String> oneThread = db.strings("SELECT username FROM account ORDER BY username");
        db.sql.execute("DELETE FROM account_event");
        db.sql.execute("DELETE FROM account_student");
        db.sql.execute("DELETE FROM account");

        int created = 0;
        for (int slice = 0; slice < 3; slice++) {
            created += db.preCreate(run, new AccountEffects.Slice(slice, 3));
        }

        assertThat(created).isEqualTo(oneThread.size());
        assertThat(db.strings("SELECT username FROM account ORDER BY username")).isEqualTo(oneThread)
                .contains("jean.dupont", "jean.dupont1");
    }

    @Test
    @DisplayName("R-ACC-1 (PostgreSQL): before the accounts' queries, the statistics of the tables the feeds loaded are "
            + "refreshed once, and not again while they stay fresh")
    void staleStatisticsRefreshed() throws Exception {
        assumeTrue(db.isPostgreSql(), "PostgreSQL's statistics: -Dreplication.test.postgresql");
        db.replicate(SCHOOL, pupils(), guardians());
        String analysed = "SELECT relname || ' ' || COALESCE(CAST(last_analyze AS VARCHAR), '-') "
                + "FROM pg_stat_user_tables WHERE schemaname = current_schema() AND relname IN ('establishment', "
                + "'student', 'guardian', 'guardian_link', 'account', 'account_student') ORDER BY relname";

        db.accounts().refreshStaleStatistics(AccountEffects.QUERIED_TABLES);
        List<String> first = db.strings(analysed);
        db.accounts().refreshStaleStatistics(AccountEffects.QUERIED_TABLES);

        assertThat(first).hasSize(6).noneMatch(table -> table.endsWith(" -"));
        assertThat(db.strings(analysed)).as("nothing stale: nothing analysed again").isEqualTo(first);
    }

    @Test
    @DisplayName("R-ACC-1: no account in an establishment that has not activated the téléservices, none for leavers")
    void noAccountWithoutActivation() throws Exception {
        db.sql.execute("UPDATE establishment SET teleservices_activated_on = NULL WHERE id = 10");
        db.replicate(SCHOOL, pupils(), guardians());
        assertThat(db.count("SELECT COUNT(*) FROM account")).isZero();
    }

    @Test
    @DisplayName("R-ACC-7: a pupil created by the run whose INE has accounts in use elsewhere in the académie arrives")
    void arrivals() throws Exception {
        db.replicate(OTHER_SCHOOL, pupils(), guardians());
        db.sql.execute("UPDATE account SET state = 'IN_USE', notified_on = DATE '2026-09-05', "
                + "notification_mode = 'LETTER' WHERE student_id = (SELECT id FROM student WHERE source_id = '1001')");

        Replicator replicator = db.replicator();
        db.deposit(UAI, "ElevesSansAdresses.xml", ExportKind.PUPILS, 2026);
        long run = replicator.openRun("test", RunTrigger.NIGHTLY, ACADEMY, Set.of(SCHOOL));
        List<Replicator.Pinned> files = replicator.pin(run, SCHOOL);
        replicator.write(run, SCHOOL, files.get(0), List.of(pupil("5001", "1234567890A", "Dupont", "Jean", "5B", null,
                null), pupil("5002", "1234567891B", "Martin", "Léa", "5B", null, null)));
        replicator.reconcile(run, SCHOOL);

        List<long[]> arrivals = db.accounts().arrivals(run);
        assertThat(arrivals).hasSize(1);
        assertThat(db.string("SELECT source_id FROM student WHERE id = " + arrivals.get(0)[0])).isEqualTo("1001");
        assertThat(db.string("SELECT source_id FROM student WHERE id = " + arrivals.get(0)[1])).isEqualTo("5001");
    }

    @Test
    @DisplayName("R-REPL-2: a second run covering a running establishment is refused; after the end it may start")
    void oneRunAtATime() throws Exception {
        Replicator replicator = db.replicator();
        long first = replicator.openRun("a", RunTrigger.CONSOLE, ACADEMY, Set.of(SCHOOL));

        assertThatThrownBy(() -> replicator.openRun("b", RunTrigger.API, ACADEMY, Set.of(SCHOOL, OTHER_SCHOOL)))
                .isInstanceOfSatisfying(Replicator.EstablishmentBusy.class, e -> assertThat(e.runId()).isEqualTo(first));
        replicator.openRun("c", RunTrigger.API, ACADEMY, Set.of(OTHER_SCHOOL));
        replicator.finish(first, RunStatus.FAILED);
        assertThat(db.string("SELECT status FROM replication_run WHERE id = " + first)).isEqualTo("FAILED");
        assertThat(replicator.openRun("d", RunTrigger.CONSOLE, ACADEMY, Set.of(SCHOOL))).isPositive();
        assertThatThrownBy(() -> replicator.resume(first)).isInstanceOf(Replicator.EstablishmentBusy.class);
    }

    @Test
    @DisplayName("R-REPL-2: a failed run is resumed, running again over its establishments")
    void resume() throws Exception {
        Replicator replicator = db.replicator();
        long run = replicator.openRun("a", RunTrigger.NIGHTLY, ACADEMY, Set.of(SCHOOL, OTHER_SCHOOL));
        replicator.finish(run, RunStatus.FAILED);

        replicator.resume(run);

        assertThat(db.string("SELECT status FROM replication_run WHERE id = " + run)).isEqualTo("RUNNING");
        assertThat(replicator.establishmentsToReplicate(run)).containsExactly(SCHOOL, OTHER_SCHOOL);
        assertThatThrownBy(() -> replicator.openRun("b", RunTrigger.API, ACADEMY, Set.of(OTHER_SCHOOL)))
                .isInstanceOf(Replicator.EstablishmentBusy.class);
        assertThatThrownBy(() -> replicator.resume(run)).as("only a failed run").isInstanceOf(IllegalStateException.class);
    }

    @Test
    @DisplayName("R-REPL-2: after a crash, the runs this server instance left RUNNING (or recorded without instance) "
            + "are its interrupted runs; another instance's running run is not")
    void interrupted_runs_are_this_instances_running_runs() throws Exception {
        Replicator replicator = db.replicator();
        long mine = replicator.openRun("a", RunTrigger.NIGHTLY, ACADEMY, Set.of(SCHOOL));
        replicator.runOn(mine, "server@here");
        long unknown = replicator.openRun("b", RunTrigger.CONSOLE, ACADEMY, Set.of());
        long other = replicator.openRun("c", RunTrigger.CONSOLE, ACADEMY, Set.of(OTHER_SCHOOL));
        replicator.runOn(other, "instance2@there");
        long ended = replicator.openRun("d", RunTrigger.CONSOLE, ACADEMY, Set.of());
        replicator.runOn(ended, "server@here");
        replicator.finish(ended, RunStatus.COMPLETED);

        assertThat(replicator.interruptedRuns("server@here")).containsExactly(mine, unknown);
        replicator.finish(mine, RunStatus.FAILED);
        assertThat(replicator.openRun("e", RunTrigger.CONSOLE, ACADEMY, Set.of(SCHOOL))).as("establishment released")
                .isPositive();
    }

    @Test
    @DisplayName("R-REPL-2: each chunk commits, with its rows, how many items of its file it covered (where a resumed "
            + "run reads on from)")
    void committed_items_per_file() throws Exception {
        db.deposit(UAI, "ElevesSansAdresses.xml", ExportKind.PUPILS, 2026);
        Replicator replicator = db.replicator();
        long run = replicator.openRun("test", RunTrigger.NIGHTLY, ACADEMY, Set.of(SCHOOL));
        Replicator.Pinned file = replicator.pin(run, SCHOOL).get(0);
        SourceLocation where = new SourceLocation(file.name(), 3, 1, "ELEVE", "ELEVE_ID=1");

        replicator.write(run, SCHOOL, file, List.of(Rejection.rejected(where, "motif"), Rejection.rejected(where, "b")));
        replicator.write(run, SCHOOL, file, List.of(Rejection.rejected(where, "c")));

        assertThat(replicator.committedItems(run, SCHOOL)).containsExactly(Map.entry(file.path(), 3L));
    }

    @Test
    @DisplayName("R-REPL-2: pinning moves the waiting files into the run in feed order, once; none → NO_FILE")
    void pinning() throws Exception {
        db.deposit(UAI, "ResponsablesAvecAdresses.xml", ExportKind.GUARDIANS, 2026);
        db.deposit(UAI, "ElevesSansAdresses.xml", ExportKind.PUPILS, 2026);
        db.deposit(UAI, "Nomenclature.xml", ExportKind.NOMENCLATURE, 2026);
        Files.writeString(db.dropZone.inbox(UAI).resolve("notes.xml"), "pas un export");
        Replicator replicator = db.replicator();
        long run = replicator.openRun("test", RunTrigger.NIGHTLY, ACADEMY, Set.of());

        List<Replicator.Pinned> files = replicator.pin(run, SCHOOL);

        assertThat(files).extracting(Replicator.Pinned::feed).containsExactly("NOMENCLATURE", "PUPILS", "GUARDIANS");
        assertThat(Files.list(db.dropZone.inbox(UAI))).isEmpty();
        assertThat(replicator.pin(run, SCHOOL)).isEqualTo(files);
        assertThat(db.string("SELECT failure FROM replication_file WHERE file_name = 'notes.xml'"))
                .contains("pas un export connu");
        assertThat(replicator.establishmentsToReplicate(run)).containsExactly(SCHOOL);
    }

    @Test
    @DisplayName("R-REPL-2: of two exports of one feed, the more recent is replicated, the other reported, not failed")
    void supersededExport() throws Exception {
        db.deposit(UAI, "ElevesSansAdresses.xml", ExportKind.PUPILS, 2026);
        Files.writeString(db.dropZone.inbox(UAI).resolve("ElevesAvecAdresses.xml"),
                "PUPILS;" + UAI + ";2026;" + EXPORT_DATE.plusDays(1));
        Replicator replicator = db.replicator();
        long run = replicator.openRun("test", RunTrigger.NIGHTLY, ACADEMY, Set.of(SCHOOL));

        List<Replicator.Pinned> files = replicator.pin(run, SCHOOL);
        replicator.write(run, SCHOOL, files.get(0), List.of(pupils().get(0)));
        replicator.reconcile(run, SCHOOL);

        assertThat(files).extracting(Replicator.Pinned::name).containsExactly("ElevesAvecAdresses.xml");
        assertThat(db.string("SELECT failure FROM replication_file WHERE superseded = TRUE"))
                .isEqualTo("Remplacé par un export plus récent du même flux : ElevesAvecAdresses.xml.");
        assertThat(db.string("SELECT status FROM replication_school WHERE run_id = " + run)).isEqualTo("DONE");
    }

    @Test
    @DisplayName("R-REPL-2: opening an export of another school year gives one failure with the reason, and its "
            + "header's date and year are recorded")
    void exportOfAnotherYear() throws Exception {
        ExportHeader nextYear = new ExportHeader(ExportKind.PUPILS, UAI, 2027, EXPORT_DATE, "x", "3.0");
        ReplicationFeed feed = new PupilsFeed() {
            @Override
            public SourceReader open(Path file, String expectedUai) {
                return new SourceReader() {
                    @Override
                    public ExportHeader header() {
                        return nextYear;
                    }

                    @Override
                    public SourceItem next() {
                        throw new AssertionError("a refused file is not read");
                    }

                    @Override
                    public void close() {
                        // nothing open
                    }
                };
            }
        };
        db.deposit(UAI, "ElevesSansAdresses.xml", ExportKind.PUPILS, 2026);
        Replicator replicator = new Replicator(db.connection, db.now, db.dropZone, ReplicationDatabase.HEADER_LINE,
                List.of(feed));
        long run = replicator.openRun("test", RunTrigger.NIGHTLY, ACADEMY, Set.of(SCHOOL));
        Replicator.Pinned file = replicator.pin(run, SCHOOL).get(0);

        try (SourceReader reader = replicator.open(file, SCHOOL)) {
            SourceItem item = reader.next();
            assertThat(item).isInstanceOfSatisfying(FileFailure.class, failure -> assertThat(failure.reason())
                    .startsWith("Export de l'année 2027-2028 : l'année scolaire en cours de l'académie est 2026-2027"));
            assertThat(reader.next()).isNull();
            replicator.write(run, SCHOOL, file, List.of(item));
        }
        replicator.reconcile(run, SCHOOL);

        assertThat(db.string("SELECT school_year FROM replication_file")).isEqualTo("2027");
        assertThat(db.string("SELECT status FROM replication_school WHERE run_id = " + run)).isEqualTo("FAILED");
    }

    @Test
    @DisplayName("R-REPL-2: an establishment with nothing waiting is NO_FILE")
    void noFile() throws Exception {
        Replicator replicator = db.replicator();
        long run = replicator.openRun("test", RunTrigger.CONSOLE, ACADEMY, Set.of(OTHER_SCHOOL));
        assertThat(replicator.pin(run, OTHER_SCHOOL)).isEmpty();
        assertThat(db.string("SELECT status FROM replication_school WHERE run_id = " + run)).isEqualTo("NO_FILE");
    }

    @Test
    @DisplayName("Rollover: the first export of a new school year drops the divisions nobody is in any more")
    void newYearRebuildsDivisions() throws Exception {
        db.replicate(SCHOOL, pupils(), guardians());
        db.sql.execute("INSERT INTO school_year (id, academy_id, start_year, rentree_date, end_date) "
                + "VALUES (2, 1, 2027, DATE '2027-09-01', DATE '2028-07-04')");
        db.now = db.now.withYear(2027).withMonth(9).withDayOfMonth(2);

        Replicator replicator = db.replicator();
        db.deposit(UAI, "ElevesSansAdresses.xml", ExportKind.PUPILS, 2027);
        long run = replicator.openRun("test", RunTrigger.NIGHTLY, ACADEMY, Set.of(SCHOOL));
        List<Replicator.Pinned> files = replicator.pin(run, SCHOOL);
        replicator.write(run, SCHOOL, files.get(0), List.of(pupil("1001", "1234567890A", "Dupont", "Jean", "5A", null,
                "1 rue des Lilas")));
        replicator.reconcile(run, SCHOOL);

        assertThat(db.strings("SELECT code FROM division ORDER BY code")).containsExactly("5A");
        assertThat(db.string("SELECT replicated_year FROM establishment WHERE id = 10")).isEqualTo("2027");
    }
}

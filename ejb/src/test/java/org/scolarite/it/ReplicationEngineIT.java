package org.scolarite.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.scolarite.people.entity.LegalRank;
import org.scolarite.people.entity.Sex;
import org.scolarite.replication.boundary.ReplicationAlreadyRunning;
import org.scolarite.replication.boundary.ExportRefused;
import org.scolarite.replication.boundary.ReplicationEngine;
import org.scolarite.replication.control.AccountEffects;
import org.scolarite.replication.boundary.ReplicationInbox;
import org.scolarite.replication.boundary.ReplicationEngine.PinnedFile;
import org.scolarite.replication.boundary.ReplicationRuns;
import org.scolarite.replication.boundary.RunDetail;
import org.scolarite.replication.entity.GuardianshipRecord;
import org.scolarite.replication.entity.GuardianshipRecord.Responsibility;
import org.scolarite.replication.entity.PersonRecord;
import org.scolarite.replication.entity.PupilRecord;
import org.scolarite.replication.entity.Rejection;
import org.scolarite.replication.entity.RunStatus;
import org.scolarite.replication.entity.RunTrigger;
import org.scolarite.replication.entity.SourceItem;
import org.scolarite.replication.entity.SourceLocation;
import org.scolarite.staff.boundary.AccessDeniedException;
import org.scolarite.staff.entity.StaffRole;
import org.scolarite.staff.entity.StaffUser;
import org.scolarite.structure.entity.Academy;
import org.scolarite.structure.entity.Establishment;
import org.scolarite.structure.entity.EstablishmentKind;
import org.scolarite.structure.entity.SchoolYear;
import org.scolarite.structure.entity.Uai;

/**
 * The replication engine on Payara against the real database, driven as the batch job drives it: open a run, write
 * each file's items chunk by chunk, reconcile, apply the effects on accounts, finish; then the reports. Each test
 * builds its own académie with two establishments that activated the téléservices.
 *
 * <p>Until the SIECLE readers are merged, the files' rows are recorded as {@code pin} records them (pinning itself,
 * with the readers' header, is covered by {@code ReplicatorTest}) and the items are given to {@code write} as the
 * readers produce them.
 */
@ExtendWith(ArquillianExtension.class)
class ReplicationEngineIT {

    @Deployment
    static WebArchive deployment() {
        return ItDeployment.war("replication-it", ReplicationEngineIT.class);
    }

    @PersistenceContext(unitName = "teleservices")
    private EntityManager em;

    @Inject
    private UserTransaction tx;

    @Inject
    private ReplicationEngine engine;

    @Inject
    private ReplicationRuns runs;

    @Inject
    private ReplicationInbox inbox;

    @Inject
    private Clock clock;

    @Resource(lookup = "jdbc/teleservices")
    private DataSource dataSource;

    private long academyId;
    private long schoolA;
    private long schoolB;
    private String headA;
    private String headB;
    private String prefix;

    @BeforeEach
    void twoSchools() throws Exception {
        int digits = ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);
        prefix = Integer.toString(digits);
        LocalDate today = LocalDate.now(clock);
        int year = today.getMonthValue() >= 9 ? today.getYear() : today.getYear() - 1;
        tx.begin();
        Academy academy = new Academy("RP" + digits, "Académie " + digits, "http://localhost/");
        em.persist(academy);
        em.persist(new SchoolYear(academy, year, LocalDate.of(year, 9, 1), LocalDate.of(year + 1, 7, 4)));
        Establishment a = school(academy, digits, "Collège A");
        Establishment b = school(academy, digits + 1 > 9_999_999 ? digits - 1 : digits + 1, "Collège B");
        headA = staff("heada" + digits, a);
        headB = staff("headb" + digits, b);
        tx.commit();
        academyId = academy.getId();
        schoolA = a.getId();
        schoolB = b.getId();
    }

    private Establishment school(Academy academy, int digits, String name) {
        Establishment school = new Establishment(academy, Uai.fromDigits(digits), EstablishmentKind.COLLEGE,
                name + " " + digits);
        school.activateTeleservices(LocalDate.now(clock).minusYears(1), "it");
        em.persist(school);
        return school;
    }

    private String staff(String username, Establishment school) {
        StaffUser user = new StaffUser(username, "not-used", username, null);
        user.grant(StaffRole.HEAD, school);
        em.persist(user);
        return username;
    }

    // --- Driving the engine as the job does --------------------------------------------------------------------------

    private long replicate(long school, List<SourceItem> pupils, List<SourceItem> guardians) throws Exception {
        long run = engine.openRun("it", RunTrigger.CONSOLE, academyId, Set.of(school));
        PinnedFile pupilsFile = pinned(run, school, "PUPILS", 0);
        PinnedFile guardiansFile = pinned(run, school, "GUARDIANS", 1);
        for (int from = 0; from < pupils.size(); from += 2) {
            engine.write(run, school, pupilsFile, pupils.subList(from, Math.min(from + 2, pupils.size())));
        }
        engine.write(run, school, guardiansFile, guardians);
        engine.reconcile(run, school);
        engine.continueAccesses(run);
        // Two slices one after the other, as two threads of the job share them (R-ACC-2 holds across slices).
        engine.preCreateAccounts(run, new AccountEffects.Slice(0, 2));
        engine.preCreateAccounts(run, new AccountEffects.Slice(1, 2));
        engine.finish(run, RunStatus.COMPLETED);
        return run;
    }

    /** The row {@code pin} records for a file whose header the readers gave. */
    private PinnedFile pinned(long run, long school, String feed, int position) throws Exception {
        String path = "/it/" + run + "/" + feed + ".xml";
        try (Connection c = dataSource.getConnection();
             PreparedStatement insert = c.prepareStatement("INSERT INTO replication_file (id, school_id, feed, "
                     + "file_name, path, position, export_date) VALUES (?, (SELECT id FROM replication_school WHERE "
                     + "run_id = ? AND establishment_id = ?), ?, ?, ?, ?, ?)")) {
            // Far above the sequence's ids, so that it never meets one the engine hands out.
            insert.setLong(1, 1_000_000_000L + run * 10 + position);
            insert.setLong(2, run);
            insert.setLong(3, school);
            insert.setString(4, feed);
            insert.setString(5, feed + ".xml");
            insert.setString(6, path);
            insert.setInt(7, position);
            insert.setObject(8, LocalDate.now(clock));
            insert.executeUpdate();
        }
        return new PinnedFile(path, feed, feed + ".xml");
    }

    private PupilRecord pupil(String id, String ine, String lastName, String firstName, String address) {
        return new PupilRecord(new SourceLocation("PUPILS.xml", 10, 5, "ELEVE", "ELEVE_ID=" + id), id, null,
                ine, lastName, null, firstName, null, null, LocalDate.of(2013, 5, 2), Sex.MALE, "100", "100", null,
                null, null, null, "ST", "2", false, null, null, null, null, null, null, null, null, null, null, "6A",
                List.of(), List.of(), address == null ? null : new org.scolarite.replication.entity.AddressRecord(
                "A" + id, address, null, null, null, "14000", "CAEN", null, null, "100", "FRANCE", null));
    }

    private PersonRecord person(String id, String lastName, String firstName) {
        return new PersonRecord(new SourceLocation("GUARDIANS.xml", 20, 5, "PERSONNE", "PERSONNE_ID=" + id), id,
                "MME", lastName, null, firstName, null, null, null, null, null, null, null);
    }

    private GuardianshipRecord guardianship(String pupilId, String... firstSecondOther) {
        List<Responsibility> responsibilities = new ArrayList<>();
        LegalRank[] ranks = {LegalRank.FIRST, LegalRank.SECOND, LegalRank.OTHER};
        for (int i = 0; i < firstSecondOther.length; i++) {
            responsibilities.add(new Responsibility(firstSecondOther[i], 1, ranks[i], "10", i == 0, false, true,
                    false));
        }
        return new GuardianshipRecord(new SourceLocation("GUARDIANS.xml", 40, 5, "RESPONSABLE_ELEVE",
                "ELEVE_ID=" + pupilId), pupilId, responsibilities);
    }

    private List<SourceItem> family(String lastName) {
        return List.of(person(prefix + "1", lastName, "Anne"), person(prefix + "2", lastName, "Marc"),
                person(prefix + "3", "Grand" + lastName, "Odile"),
                guardianship(prefix + "01", prefix + "1", prefix + "2", prefix + "3"));
    }

    private long count(String sql, Object... values) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement select = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                select.setObject(i + 1, values[i]);
            }
            try (ResultSet rows = select.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private String ine(String suffix) {
        return (prefix + suffix + "00000000").substring(0, 10) + "K";
    }

    // --- Tests ------------------------------------------------------------------------------------------------------

    @Test
    @DisplayName("R-REPL-2, R-ACC-1: first load counts and pre-creates « Non notifié » accounts for pupils and légal "
            + "1/2 only (3 level-1 → 2); the same export again changes nothing")
    void firstLoadThenSameExport() throws Exception {
        List<SourceItem> pupils = List.of(pupil(prefix + "01", ine("1"), "Lefèvre", "Hugo", "1 rue Haute"),
                pupil(prefix + "02", ine("2"), "Roux", "Emma", null),
                Rejection.rejected(new SourceLocation("PUPILS.xml", 90, 7, "ELEVE", "ELEVE_ID=" + prefix + "03"),
                        "Date de naissance absente"));

        long first = replicate(schoolA, pupils, family("Lefèvre"));

        RunDetail detail = runs.detail(headA, first);
        assertThat(detail.summary().status()).isEqualTo(RunStatus.COMPLETED);
        assertThat(detail.schools()).singleElement().satisfies(school -> assertThat(school.feeds())
                .extracting(f -> List.of(f.read(), f.created(), f.updated(), f.unchanged(), f.rejected()))
                .containsExactly(List.of(3L, 2L, 0L, 0L, 1L), List.of(4L, 4L, 0L, 0L, 0L)));
        assertThat(count("SELECT COUNT(*) FROM account a JOIN student s ON s.id = a.student_id "
                + "WHERE s.establishment_id = ? AND a.state = 'NOT_NOTIFIED'", schoolA)).isEqualTo(2);
        assertThat(count("SELECT COUNT(*) FROM account a JOIN guardian g ON g.id = a.guardian_id "
                + "WHERE g.establishment_id = ? AND a.state = 'NOT_NOTIFIED'", schoolA)).as("légal 1 and 2 only")
                .isEqualTo(2);
        long events = count("SELECT COUNT(*) FROM account_event e JOIN account a ON a.id = e.account_id "
                + "WHERE a.academy_id = ?", academyId);
        assertThat(count("SELECT COUNT(*) FROM account_event e JOIN account a ON a.id = e.account_id WHERE "
                + "a.academy_id = ? AND e.actor = 'réplication' AND e.event_type = 'CREATED'", academyId)).isEqualTo(4);

        long second = replicate(schoolA, pupils, family("Lefèvre"));

        assertThat(runs.detail(headA, second).summary()).satisfies(summary -> {
            assertThat(summary.created()).isZero();
            assertThat(summary.updated()).isZero();
            assertThat(summary.unchanged()).isEqualTo(2 + 4);
            assertThat(summary.departed()).isZero();
        });
        assertThat(count("SELECT COUNT(*) FROM account_event e JOIN account a ON a.id = e.account_id "
                + "WHERE a.academy_id = ?", academyId)).as("no history row").isEqualTo(events);
    }

    @Test
    @DisplayName("R-REPL-2, R-ACC-1: a changed address or name is an update without a new account; an absent pupil "
            + "left on the export's date")
    void changesAndDepartures() throws Exception {
        replicate(schoolA, List.of(pupil(prefix + "01", ine("1"), "Lefèvre", "Hugo", "1 rue Haute"),
                pupil(prefix + "02", ine("2"), "Roux", "Emma", null)), family("Lefèvre"));
        long accounts = count("SELECT COUNT(*) FROM account WHERE academy_id = ?", academyId);

        long run = replicate(schoolA, List.of(pupil(prefix + "01", ine("1"), "Lefèvre-Martin", "Hugo", "3 rue Basse")),
                family("Lefèvre"));

        assertThat(runs.detail(headA, run).summary()).satisfies(summary -> {
            assertThat(summary.updated()).isEqualTo(1);
            assertThat(summary.departed()).isEqualTo(1);
        });
        assertThat(count("SELECT COUNT(*) FROM account WHERE academy_id = ?", academyId)).isEqualTo(accounts);
        assertThat(count("SELECT COUNT(*) FROM student WHERE establishment_id = ? AND departure_date = ?", schoolA,
                LocalDate.now(clock))).isEqualTo(1);
    }

    @Test
    @DisplayName("R-ACC-7: a pupil with accounts in use moving to another school of the académie keeps them, "
            + "effective tomorrow, and no new account is created for him there")
    void continuity() throws Exception {
        replicate(schoolA, List.of(pupil(prefix + "01", ine("1"), "Lefèvre", "Hugo", null)), family("Lefèvre"));
        try (Connection c = dataSource.getConnection()) {
            c.createStatement().executeUpdate("UPDATE account SET state = 'IN_USE', notified_on = DATE '2020-01-01', "
                    + "notification_mode = 'LETTER', activated_on = DATE '2020-01-02' WHERE academy_id = " + academyId);
        }
        long inUse = count("SELECT COUNT(*) FROM account WHERE academy_id = ?", academyId);

        replicate(schoolB, List.of(pupil(prefix + "77", ine("1"), "Lefèvre", "Hugo", null)),
                List.of(person(prefix + "1", "Lefèvre", "Anne"), person(prefix + "2", "Lefèvre", "Marc"),
                        guardianship(prefix + "77", prefix + "1", prefix + "2")));

        assertThat(count("SELECT COUNT(*) FROM account WHERE academy_id = ?", academyId)).isEqualTo(inUse);
        assertThat(count("SELECT COUNT(*) FROM account_student x JOIN student s ON s.id = x.student_id "
                + "WHERE s.establishment_id = ? AND x.effective_from = ?", schoolB, LocalDate.now(clock).plusDays(1)))
                .as("the pupil's and both guardians' accounts, from tomorrow").isEqualTo(3);
        assertThat(count("SELECT COUNT(*) FROM account_event e JOIN account a ON a.id = e.account_id "
                + "WHERE a.academy_id = ? AND e.event_type = 'TRANSFERRED' AND e.actor = 'réplication'", academyId))
                .isEqualTo(3);
    }

    @Test
    @DisplayName("R-REPL-2: a second run covering an establishment already running is refused")
    void oneRunAtATime() {
        long run = engine.openRun("it", RunTrigger.NIGHTLY, academyId, Set.of(schoolA, schoolB));

        assertThatThrownBy(() -> engine.openRun("it", RunTrigger.CONSOLE, academyId, Set.of(schoolB)))
                .isInstanceOfSatisfying(ReplicationAlreadyRunning.class,
                        e -> assertThat(e.runningRunId()).isEqualTo(run));
        assertThat(runs.running(headB, schoolB)).hasValueSatisfying(r -> assertThat(r.id()).isEqualTo(run));
        engine.finish(run, RunStatus.COMPLETED);
        assertThat(runs.running(headB, schoolB)).isEmpty();
        engine.finish(engine.openRun("it", RunTrigger.CONSOLE, academyId, Set.of(schoolB)), RunStatus.COMPLETED);
    }

    @Test
    @DisplayName("R-REPL-2: another school's head may not read a run; the CSV lists the rejections for Excel")
    void reportsAndAuthorisation() throws Exception {
        long run = replicate(schoolA, List.of(pupil(prefix + "01", ine("1"), "Lefèvre", "Hugo", null),
                Rejection.rejected(new SourceLocation("PUPILS.xml", 90, 7, "ELEVE", "ELEVE_ID=9"), "=1+1")), List.of());

        assertThatThrownBy(() -> runs.detail(headB, run)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> runs.rejections(headB, run, 0, 10)).isInstanceOf(AccessDeniedException.class);
        assertThat(runs.recent(headB, schoolB, 10)).isEmpty();
        assertThat(runs.recent(headA, schoolA, 10)).extracting(r -> r.id()).contains(run);
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        runs.writeRejectionsCsv(headA, run, csv);
        assertThat(csv.toString(StandardCharsets.UTF_8)).startsWith("\uFEFFÉtablissement;Flux;")
                .contains(";PUPILS.xml;90;7;ELEVE ELEVE_ID=9;'=1+1;non");
    }

    @Test
    @DisplayName("Drop zone: only the school's staff deposit, only .xml or .zip, never empty; the root is the data dir's")
    void dropZoneRefusals() {
        assertThat(inbox.root()).isAbsolute().endsWithRaw(Path.of("replication"));
        assertThatThrownBy(() -> inbox.deposit(headB, schoolA, "ElevesSansAdresses.xml",
                new ByteArrayInputStream(new byte[] {1}))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> inbox.deposit(headA, schoolA, "C:\\Exports\\notes.txt",
                new ByteArrayInputStream(new byte[] {1}))).isInstanceOf(ExportRefused.class)
                .hasMessage("« notes.txt » n'est pas un export SIECLE ou STS-web : seuls les fichiers .xml et .zip "
                        + "sont acceptés.");
        assertThatThrownBy(() -> inbox.deposit(headA, schoolA, "Eleves.xml", new ByteArrayInputStream(new byte[0])))
                .isInstanceOf(ExportRefused.class).hasMessage("Le fichier est vide.");
        assertThat(inbox.pending(headA, schoolA)).isEmpty();
    }

    @Test
    @DisplayName("R-JOB-1: the files of runs ended long enough ago are purged, those of a running run are kept")
    void purgeRunFiles() throws Exception {
        long ended = engine.openRun("it", RunTrigger.CONSOLE, academyId, Set.of(schoolA));
        engine.finish(ended, RunStatus.COMPLETED);
        long running = engine.openRun("it", RunTrigger.CONSOLE, academyId, Set.of(schoolB));
        Path endedFiles = Files.createDirectories(inbox.root().resolve("runs").resolve(ended + "/X"));
        Path runningFiles = Files.createDirectories(inbox.root().resolve("runs").resolve(running + "/Y"));
        Files.writeString(endedFiles.resolve("ElevesSansAdresses.xml"), "<BEE_ELEVES/>");

        assertThat(inbox.purgeRunFiles(Duration.ZERO)).isPositive();

        assertThat(endedFiles.getParent()).doesNotExist();
        assertThat(runningFiles).exists();
        engine.finish(running, RunStatus.COMPLETED);
    }
}

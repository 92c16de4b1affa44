package org.scolarite.replication;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.scolarite.people.entity.LegalRank;
import org.scolarite.people.entity.Sex;
import org.scolarite.replication.control.AccountEffects;
import org.scolarite.replication.control.DropZone;
import org.scolarite.replication.control.ExportFiles;
import org.scolarite.replication.control.Replicator;
import org.scolarite.replication.control.feed.GuardiansFeed;
import org.scolarite.replication.control.feed.NomenclatureFeed;
import org.scolarite.replication.control.feed.PupilsFeed;
import org.scolarite.replication.control.feed.StsFeed;
import org.scolarite.replication.entity.AddressRecord;
import org.scolarite.replication.entity.ExportHeader;
import org.scolarite.replication.entity.ExportKind;
import org.scolarite.replication.entity.GuardianshipRecord;
import org.scolarite.replication.entity.GuardianshipRecord.Responsibility;
import org.scolarite.replication.entity.PersonRecord;
import org.scolarite.replication.entity.PupilRecord;
import org.scolarite.replication.entity.RunStatus;
import org.scolarite.replication.entity.RunTrigger;
import org.scolarite.replication.entity.SourceItem;
import org.scolarite.replication.entity.SourceLocation;

/**
 * The engine's SQL against a real database: the Flyway migrations on an in-memory H2 (the embedded default), one
 * académie with its school year 2026-2027 and one establishment that activated the téléservices, and a drop zone in a
 * temporary directory.
 *
 * <p>The SIECLE readers are written in parallel with the engine: until they are merged, the files these tests deposit
 * hold their header as one line of text (« PUPILS;0140070A;2026;2026-11-29 ») that {@link #HEADER_LINE} reads in
 * place of {@code SiecleExports.peek}, and the items are given to {@code write} as records, as the readers give them.
 */
public final class ReplicationDatabase implements AutoCloseable {

    public static final long ACADEMY = 1;
    public static final long SCHOOL = 10;
    public static final long OTHER_SCHOOL = 11;
    public static final String UAI = "0140070A";
    public static final String OTHER_UAI = "0140071B";
    public static final LocalDate EXPORT_DATE = LocalDate.of(2026, 11, 29);

    public static final ExportFiles HEADER_LINE = new ExportFiles() {
        @Override
        public boolean isZip(Path file) {
            return false;
        }

        @Override
        public List<Path> extract(Path zip, Path target) {
            throw new UnsupportedOperationException("no zip in these tests");
        }

        @Override
        public ExportHeader peek(Path xml) {
            try {
                String[] fields = Files.readString(xml).trim().split(";");
                if (fields.length != 4) {
                    throw new IllegalArgumentException("Fichier illisible : ce n'est pas un export connu.");
                }
                return new ExportHeader(ExportKind.valueOf(fields[0]), fields[1], Integer.parseInt(fields[2]),
                        LocalDate.parse(fields[3]), fields[3], "3.0");
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
    };

    public final Connection connection;
    private final String schema;
    public final Statement sql;
    public final DropZone dropZone;
    LocalDateTime now = LocalDateTime.of(2026, 11, 30, 2, 0);

    public ReplicationDatabase(Path dataDir) throws SQLException {
        // -Dreplication.test.postgresql=jdbc:postgresql://127.0.0.1:5432/<own database> (with the driver on the test
        // classpath; -Dreplication.test.user/password) runs the same tests on PostgreSQL, in a schema of their own:
        // bin/test does on PostgreSQL.
        String postgreSql = System.getProperty("replication.test.postgresql");
        if (postgreSql == null) {
            String url = "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
            Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").load().migrate();
            connection = DriverManager.getConnection(url, "sa", "");
            schema = null;
        } else {
            schema = "t" + UUID.randomUUID().toString().replace("-", "");
            String url = postgreSql + (postgreSql.contains("?") ? "&" : "?") + "currentSchema=" + schema;
            String user = System.getProperty("replication.test.user", "postgres");
            String password = System.getProperty("replication.test.password", "");
            Flyway.configure().dataSource(url, user, password).schemas(schema).locations("classpath:db/migration")
                    .load().migrate();
            connection = DriverManager.getConnection(url, user, password);
        }
        sql = connection.createStatement();
        sql.execute("INSERT INTO academy (id, code, name, portal_url) VALUES (1, 'CAEN', 'Caen', 'https://caen')");
        sql.execute("INSERT INTO school_year (id, academy_id, start_year, rentree_date, end_date) "
                + "VALUES (1, 1, 2026, DATE '2026-09-01', DATE '2027-07-04')");
        sql.execute("INSERT INTO establishment (id, academy_id, uai, kind, name, teleservices_activated_on) "
                + "VALUES (10, 1, '" + UAI + "', 'COLLEGE', 'Collège Jean Moulin', DATE '2026-09-01')");
        sql.execute("INSERT INTO establishment (id, academy_id, uai, kind, name, teleservices_activated_on) "
                + "VALUES (11, 1, '" + OTHER_UAI + "', 'COLLEGE', 'Collège Malherbe', DATE '2026-09-01')");
        sql.execute("INSERT INTO mef (id, code, label) VALUES (1, '10310019110', '6EME')");
        dropZone = new DropZone(dataDir.resolve("replication"));
    }

    public boolean isPostgreSql() {
        return schema != null;
    }

    public Replicator replicator() {
        return new Replicator(connection, now, dropZone, HEADER_LINE,
                List.of(new NomenclatureFeed(), new StsFeed(), new PupilsFeed(), new GuardiansFeed()));
    }

    public AccountEffects accounts() {
        return new AccountEffects(connection, now, "réplication");
    }

    public void deposit(String uai, String name, ExportKind kind, int year) throws IOException {
        Path inbox = dropZone.inbox(uai);
        Files.createDirectories(inbox);
        Files.writeString(inbox.resolve(name), kind + ";" + uai + ";" + year + ";" + EXPORT_DATE,
                StandardCharsets.UTF_8);
    }

    /**
     * One run over the establishment as the job drives it: open, pin the deposited pupils and guardians files, write
     * each file's items in one chunk, reconcile, pre-create the accounts, finish. Returns the run id.
     */
    public long replicate(long school, List<SourceItem> pupils, List<SourceItem> guardians) throws Exception {
        String uai = school == SCHOOL ? UAI : OTHER_UAI;
        deposit(uai, "ElevesSansAdresses.xml", ExportKind.PUPILS, 2026);
        deposit(uai, "ResponsablesAvecAdresses.xml", ExportKind.GUARDIANS, 2026);
        Replicator replicator = replicator();
        long run = replicator.openRun("test", RunTrigger.CONSOLE, ACADEMY, Set.of(school));
        List<Replicator.Pinned> files = replicator.pin(run, school);
        replicator.write(run, school, files.get(0), pupils);
        replicator.write(run, school, files.get(1), guardians);
        replicator.reconcile(run, school);
        preCreate(run);
        replicator.finish(run, RunStatus.COMPLETED);
        return run;
    }

    public int preCreate(long run) throws SQLException {
        return preCreate(run, AccountEffects.Slice.ALL);
    }

    /** The pre-creation of one slice of the identifier bases, as the engine drives it. */
    public int preCreate(long run, AccountEffects.Slice slice) throws SQLException {
        AccountEffects effects = accounts();
        int created = 0;
        for (long school : effects.establishments(run)) {
            created += effects.preCreateStudents(school, slice) + effects.preCreateGuardians(school, slice);
        }
        return created;
    }

    public long count(String query) throws SQLException {
        try (ResultSet rows = sql.executeQuery(query)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    public String string(String query) throws SQLException {
        try (ResultSet rows = sql.executeQuery(query)) {
            return rows.next() ? rows.getString(1) : null;
        }
    }

    public List<String> strings(String query) throws SQLException {
        List<String> values = new ArrayList<>();
        try (ResultSet rows = sql.executeQuery(query)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }

    /** read, created, updated, unchanged, departed, rejected of a run's file of that feed. */
    public List<Long> counts(long run, String feed) throws SQLException {
        try (ResultSet rows = sql.executeQuery("SELECT f.read_count, f.created_count, f.updated_count, "
                + "f.unchanged_count, f.departed_count, f.rejected_count FROM replication_file f JOIN replication_school s "
                + "ON s.id = f.school_id WHERE s.run_id = " + run + " AND f.feed = '" + feed + "'")) {
            rows.next();
            return List.of(rows.getLong(1), rows.getLong(2), rows.getLong(3), rows.getLong(4), rows.getLong(5),
                    rows.getLong(6));
        }
    }

    public static SourceLocation at(String file, int line, String element, String key) {
        return new SourceLocation(file, line, 5, element, key);
    }

    public static PupilRecord pupil(String id, String ine, String lastName, String firstName, String division,
                             LocalDate departure, String addressLine) {
        return pupil(id, ine, lastName, firstName, division, departure, addressLine, "10310019110");
    }

    public static PupilRecord pupil(String id, String ine, String lastName, String firstName, String division,
                             LocalDate departure, String addressLine, String mef) {
        AddressRecord address = addressLine == null ? null : new AddressRecord("A" + id, addressLine, null, null, null,
                "14000", "CAEN", "14118", "14", "100", "FRANCE", null);
        return new PupilRecord(at("ElevesSansAdresses.xml", 10, "ELEVE", "ELEVE_ID=" + id), id, "E" + id, ine,
                lastName, null, firstName, null, null, LocalDate.of(2014, 3, 14), Sex.FEMALE, "100", "100", "014",
                "14118", "CAEN", mef, "ST", "2", false, LocalDate.of(2026, 9, 1), departure,
                departure == null ? null : "01", null, null, null, null, null, null, null, division, List.of("G1"),
                List.of(new PupilRecord.PupilOption(1, "O", "030201")), address);
    }

    public static PersonRecord person(String id, String lastName, String firstName) {
        return new PersonRecord(at("ResponsablesAvecAdresses.xml", 20, "PERSONNE", "PERSONNE_ID=" + id), id, "MME",
                lastName, null, firstName, null, "0601020304", null, firstName.toLowerCase() + "@example.org", true,
                null, null);
    }

    public static GuardianshipRecord guardianship(String pupilId, Responsibility... responsibilities) {
        return new GuardianshipRecord(at("ResponsablesAvecAdresses.xml", 40, "RESPONSABLE_ELEVE",
                "ELEVE_ID=" + pupilId), pupilId, List.of(responsibilities));
    }

    public static Responsibility legal(String personId, LegalRank rank) {
        return new Responsibility(personId, 1, rank, "10", rank == LegalRank.FIRST,
                false, true, false);
    }

    @Override
    public void close() throws SQLException {
        sql.execute(schema == null ? "SHUTDOWN" : "DROP SCHEMA " + schema + " CASCADE");
        connection.close();
    }
}

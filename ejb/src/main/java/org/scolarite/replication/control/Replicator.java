package org.scolarite.replication.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.scolarite.replication.entity.ExportHeader;
import org.scolarite.replication.entity.ExportYearCheck;
import org.scolarite.replication.entity.FileFailure;
import org.scolarite.replication.entity.Rejection;
import org.scolarite.replication.entity.RunStatus;
import org.scolarite.replication.entity.RunTrigger;
import org.scolarite.replication.entity.SchoolRunStatus;
import org.scolarite.replication.entity.SourceItem;
import org.scolarite.replication.entity.SourceLocation;

/**
 * The replication's bookkeeping and writing on one connection, in the caller's transaction: runs and their
 * establishments (with a lock row per establishment), pinning the exports, writing chunks through the feeds with the
 * counts and rejections in the same transaction, reconciling. The {@code ReplicationEngine} boundary gives it the
 * {@code jdbc/teleservices} connection; the engine's tests give it an H2 one.
 */
public final class Replicator {

    /** The feed code of a file that could not even be recognised when the run pinned it. */
    public static final String UNREADABLE = "ILLISIBLE";

    private final Connection connection;
    private final LocalDateTime now;
    private final DropZone dropZone;
    private final ExportFiles exportFiles;
    private final Map<String, ReplicationFeed> feedsByCode = new LinkedHashMap<>();

    public Replicator(Connection connection, LocalDateTime now, DropZone dropZone, ExportFiles exportFiles,
                      Iterable<ReplicationFeed> feeds) {
        this.connection = connection;
        this.now = now;
        this.dropZone = dropZone;
        this.exportFiles = exportFiles;
        for (ReplicationFeed feed : feeds) {
            feedsByCode.put(feed.code(), feed);
        }
    }

    /** A file pinned into a run, as the job carries it between its steps. */
    public record Pinned(String path, String feed, String name) {
    }

    /** A running run covers one of the establishments asked for ({@code runId} 0: lost a race, unknown). */
    public static final class EstablishmentBusy extends RuntimeException {

        private static final long serialVersionUID = 1L;

        private final long runId;

        public EstablishmentBusy(long runId) {
            super("run " + runId);
            this.runId = runId;
        }

        public long runId() {
            return runId;
        }
    }

    // --- Runs ------------------------------------------------------------------------------------------------------

    public long openRun(String actor, RunTrigger trigger, long academyId, Set<Long> establishmentIds)
            throws SQLException {
        Map<Long, String> schools = new TreeMap<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT id, uai FROM establishment WHERE academy_id = ? ORDER BY uai")) {
            select.setLong(1, academyId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    schools.put(rows.getLong(1), rows.getString(2).trim());
                }
            }
        }
        List<Long> covered = new ArrayList<>();
        if (establishmentIds.isEmpty()) {
            schools.forEach((id, uai) -> {
                if (hasWaitingFiles(dropZone.inbox(uai))) {
                    covered.add(id);
                }
            });
        } else {
            for (Long id : establishmentIds) {
                if (!schools.containsKey(id)) {
                    throw new IllegalArgumentException("L'établissement " + id + " n'est pas de l'académie " + academyId);
                }
            }
            schools.keySet().stream().filter(establishmentIds::contains).forEach(covered::add);
        }
        requireFree(covered);
        long runId = new IdBlocks(connection).next("replication_run_seq");
        Jdbc.update(connection, "INSERT INTO replication_run (id, academy_id, run_trigger, started_by, started_at, "
                + "status) VALUES (?, ?, ?, ?, ?, ?)", runId, academyId, trigger, actor, now, RunStatus.RUNNING);
        IdBlocks ids = new IdBlocks(connection);
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO replication_school (id, run_id, "
                + "establishment_id, position, status) VALUES (?, ?, ?, ?, ?)")) {
            int position = 0;
            for (Long establishment : covered) {
                Jdbc.bind(insert, ids.next("replication_school_seq"), runId, establishment, position++,
                        SchoolRunStatus.WAITING);
                insert.addBatch();
            }
            if (!covered.isEmpty()) {
                insert.executeBatch();
            }
        }
        lock(runId, covered);
        return runId;
    }

    private static boolean hasWaitingFiles(Path inbox) {
        if (!Files.isDirectory(inbox)) {
            return false;
        }
        try (Stream<Path> files = Files.list(inbox)) {
            return files.anyMatch(DropZoneFiles::isExport);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void requireFree(List<Long> establishments) throws SQLException {
        if (establishments.isEmpty()) {
            return;
        }
        try (PreparedStatement select = connection.prepareStatement("SELECT run_id FROM replication_lock "
                + "WHERE establishment_id IN (" + Jdbc.placeholders(establishments.size()) + ")")) {
            for (int i = 0; i < establishments.size(); i++) {
                select.setLong(i + 1, establishments.get(i));
            }
            try (ResultSet rows = select.executeQuery()) {
                if (rows.next()) {
                    throw new EstablishmentBusy(rows.getLong(1));
                }
            }
        }
    }

    /** The primary key of the lock rows settles two runs started at the same time: the second insert fails. */
    private void lock(long runId, List<Long> establishments) throws SQLException {
        if (establishments.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO replication_lock (establishment_id, run_id) VALUES (?, ?)")) {
            for (Long establishment : establishments) {
                Jdbc.bind(insert, establishment, runId);
                insert.addBatch();
            }
            insert.executeBatch();
        } catch (SQLException e) {
            if (Jdbc.isUniqueViolation(e)) {
                throw new EstablishmentBusy(0);
            }
            throw e;
        }
    }

    /** The server instance running the run (see {@link #interruptedRuns}). */
    public void runOn(long runId, String serverInstance) throws SQLException {
        Jdbc.update(connection, "UPDATE replication_run SET server_instance = ? WHERE id = ?", serverInstance, runId);
    }

    /**
     * The runs this server instance left RUNNING: called at its start-up, when none of its jobs can be alive, they were
     * interrupted by a crash (runs recorded before instances were, without one, count as this instance's).
     */
    public List<Long> interruptedRuns(String serverInstance) throws SQLException {
        return Jdbc.queryLongs(connection, "SELECT id FROM replication_run WHERE status = ? "
                + "AND (server_instance = ? OR server_instance IS NULL) ORDER BY id", RunStatus.RUNNING, serverInstance);
    }

    public void attachJob(long runId, long executionId) throws SQLException {
        Jdbc.update(connection, "UPDATE replication_run SET job_execution_id = ? WHERE id = ?", executionId, runId);
    }

    public List<Long> establishmentsToReplicate(long runId) throws SQLException {
        return Jdbc.queryLongs(connection, "SELECT establishment_id FROM replication_school "
                + "WHERE run_id = ? AND status IN ('WAITING', 'RUNNING') ORDER BY position", runId);
    }

    /** The job's outcome; the establishments' outcomes decide between completed and completed with failures. */
    public void finish(long runId, RunStatus jobOutcome) throws SQLException {
        RunStatus status = jobOutcome;
        if (jobOutcome != RunStatus.FAILED) {
            Long failed = Jdbc.queryLong(connection, "SELECT COUNT(*) FROM replication_school WHERE run_id = ? "
                    + "AND status = 'FAILED'", runId);
            status = failed > 0 ? RunStatus.COMPLETED_WITH_FAILURES : RunStatus.COMPLETED;
        }
        Jdbc.update(connection, "UPDATE replication_run SET status = ?, ended_at = ? WHERE id = ?", status, now, runId);
        Jdbc.update(connection, "DELETE FROM replication_lock WHERE run_id = ?", runId);
    }

    /** A failed run takes its establishments back (unless another run took one meanwhile) and runs again. */
    public void resume(long runId) throws SQLException {
        String status = queryString("SELECT status FROM replication_run WHERE id = ?", runId);
        if (!RunStatus.FAILED.name().equals(status)) {
            throw new IllegalStateException("Seul un traitement en échec peut être relancé (statut : " + status + ").");
        }
        List<Long> establishments = Jdbc.queryLongs(connection,
                "SELECT establishment_id FROM replication_school WHERE run_id = ? ORDER BY position", runId);
        requireFree(establishments);
        lock(runId, establishments);
        Jdbc.update(connection, "UPDATE replication_run SET status = ?, ended_at = NULL WHERE id = ?",
                RunStatus.RUNNING, runId);
    }

    // --- Pinning ---------------------------------------------------------------------------------------------------

    /**
     * Moves the establishment's waiting exports into the run, unzipped, and records them in replication order; later
     * calls (a restart) return what was recorded. Several files of one feed: the most recent export is replicated, the
     * others are reported as replaced. A file that is not a known export, or of another establishment, is recorded as
     * failed and not returned.
     */
    public List<Pinned> pin(long runId, long establishmentId) throws SQLException {
        long schoolId = schoolId(runId, establishmentId);
        List<Pinned> recorded = pinned(schoolId);
        Long fileCount = Jdbc.queryLong(connection, "SELECT COUNT(*) FROM replication_file WHERE school_id = ?",
                schoolId);
        if (fileCount > 0) {
            return recorded;
        }
        String uai = uai(establishmentId);
        Path target = dropZone.run(runId, uai);
        List<Path> files = moveAndUnzip(dropZone.inbox(uai), target);
        List<Candidate> readable = new ArrayList<>();
        List<Candidate> failed = new ArrayList<>();
        for (Path file : files) {
            String name = target.relativize(file).toString();
            try {
                ExportHeader header = exportFiles.peek(file);
                ReplicationFeed feed = feedsByCode.values().stream()
                        .filter(f -> f.rootElement().equals(header.kind().rootElement())).findFirst().orElse(null);
                if (feed == null) {
                    failed.add(new Candidate(file, name, UNREADABLE, null, "Aucun flux ne lit les exports "
                            + header.kind().rootElement() + "."));
                } else if (!uai.equals(header.uai())) {
                    failed.add(new Candidate(file, name, feed.code(), header, "Fichier de l'établissement "
                            + header.uai() + " déposé pour " + uai + " : il n'est pas répliqué."));
                } else {
                    readable.add(new Candidate(file, name, feed.code(), header, null));
                }
            } catch (RuntimeException e) {
                failed.add(new Candidate(file, name, UNREADABLE, null, e.getMessage()));
            }
        }
        Map<String, Candidate> latest = new HashMap<>();
        Comparator<Candidate> recency = Comparator.comparing((Candidate c) -> c.header().exportDate(),
                        Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(c -> c.header().timestamp(), Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(Candidate::name);
        for (Candidate candidate : readable) {
            latest.merge(candidate.feed(), candidate, (a, b) -> recency.compare(a, b) >= 0 ? a : b);
        }
        List<Candidate> ordered = new ArrayList<>();
        for (Candidate candidate : readable) {
            Candidate kept = latest.get(candidate.feed());
            ordered.add(kept == candidate ? candidate : candidate.supersededBy(kept));
        }
        ordered.addAll(failed);
        ordered.sort(Comparator.comparing((Candidate c) -> c.failure() != null)
                .thenComparingInt(c -> order(c.feed())).thenComparing(Candidate::name));
        IdBlocks ids = new IdBlocks(connection);
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO replication_file (id, school_id, feed, "
                + "file_name, path, position, school_year, export_date, failure, superseded) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            int position = 0;
            for (Candidate c : ordered) {
                Jdbc.bind(insert, ids.next("replication_file_seq"), schoolId, c.feed(), truncate(c.name(), 255),
                        c.file().toString(), position++, c.header() == null ? null : c.header().schoolYear(),
                        c.header() == null ? null : c.header().exportDate(), truncate(c.failure(), 1000),
                        c.superseded());
                insert.addBatch();
            }
            if (!ordered.isEmpty()) {
                insert.executeBatch();
            }
        }
        if (ordered.isEmpty()) {
            Jdbc.update(connection, "UPDATE replication_school SET status = ?, started_at = ?, ended_at = ? "
                    + "WHERE id = ?", SchoolRunStatus.NO_FILE, now, now, schoolId);
        } else {
            Jdbc.update(connection, "UPDATE replication_school SET status = ?, started_at = ? WHERE id = ?",
                    SchoolRunStatus.RUNNING, now, schoolId);
        }
        return pinned(schoolId);
    }

    private record Candidate(Path file, String name, String feed, ExportHeader header, String failure,
                             boolean superseded) {
        Candidate(Path file, String name, String feed, ExportHeader header, String failure) {
            this(file, name, feed, header, failure, false);
        }

        Candidate supersededBy(Candidate kept) {
            return new Candidate(file, name, feed, header, "Remplacé par un export plus récent du même flux : "
                    + kept.name() + ".", true);
        }
    }

    private int order(String feed) {
        ReplicationFeed known = feedsByCode.get(feed);
        return known == null ? Integer.MAX_VALUE : known.order();
    }

    /** Idempotent: a restart finds the files already moved (and the zips already extracted) in the run's directory. */
    private List<Path> moveAndUnzip(Path inbox, Path target) {
        try {
            Files.createDirectories(target);
            if (Files.isDirectory(inbox)) {
                try (DirectoryStream<Path> waiting = Files.newDirectoryStream(inbox, DropZoneFiles::isExport)) {
                    for (Path file : waiting) {
                        move(file, target.resolve(file.getFileName()));
                    }
                }
            }
            List<Path> files = new ArrayList<>();
            List<Path> listed;
            try (Stream<Path> stream = Files.list(target)) {
                listed = stream.filter(Files::isRegularFile).sorted().toList();
            }
            for (Path file : listed) {
                if (exportFiles.isZip(file)) {
                    Path directory = target.resolve(file.getFileName() + ".d");
                    files.addAll(exportFiles.extract(file, directory));
                    Files.delete(file);
                } else {
                    files.add(file);
                }
            }
            try (Stream<Path> extracted = Files.list(target)) {
                for (Path directory : extracted.filter(Files::isDirectory).sorted().toList()) {
                    try (Stream<Path> inside = Files.walk(directory)) {
                        inside.filter(Files::isRegularFile).filter(f -> !files.contains(f)).sorted().forEach(files::add);
                    }
                }
            }
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException("Déplacement des exports impossible : " + e.getMessage(), e);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private List<Pinned> pinned(long schoolId) throws SQLException {
        List<Pinned> files = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT path, feed, file_name FROM replication_file "
                + "WHERE school_id = ? AND failure IS NULL ORDER BY position")) {
            select.setLong(1, schoolId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    files.add(new Pinned(rows.getString(1), rows.getString(2), rows.getString(3)));
                }
            }
        }
        return files;
    }

    /**
     * How many items of each of the establishment's pinned files (by path) the run has committed: where a resumed run
     * reads on from. Committed with each chunk (see {@link #write}), so it never disagrees with the data.
     */
    public Map<String, Long> committedItems(long runId, long establishmentId) throws SQLException {
        Map<String, Long> committed = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT path, items_committed FROM replication_file "
                + "WHERE school_id = ?")) {
            select.setLong(1, schoolId(runId, establishmentId));
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    committed.put(rows.getString(1), rows.getLong(2));
                }
            }
        }
        return committed;
    }

    // --- Reading and writing ---------------------------------------------------------------------------------------

    /**
     * Opens a pinned file with its feed's reader and checks its school year (see {@link ExportYearCheck}): a refused
     * year gives a reader of one {@link FileFailure}. The header's year and date are recorded on the file.
     */
    public SourceReader open(Pinned file, long establishmentId) throws SQLException {
        ReplicationFeed feed = feed(file.feed());
        SourceReader reader = feed.open(Path.of(file.path()), uai(establishmentId));
        ExportHeader header = reader.header();
        if (header == null) {
            return reader;
        }
        Jdbc.update(connection, "UPDATE replication_file SET school_year = ?, export_date = ? WHERE path = ? "
                + "AND school_id IN (SELECT id FROM replication_school WHERE establishment_id = ?)",
                header.schoolYear(), header.exportDate(), file.path(), establishmentId);
        Optional<String> refusal = ExportYearCheck.refusal(header.schoolYear(),
                schoolYears(academyOf(establishmentId)), now.toLocalDate());
        if (refusal.isPresent()) {
            reader.close();
            return new FailedReader(header, new FileFailure(SourceLocation.ofFile(file.name()), refusal.get()));
        }
        return reader;
    }

    private Map<Integer, LocalDate> schoolYears(long academyId) throws SQLException {
        Map<Integer, LocalDate> years = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT start_year, rentree_date FROM school_year WHERE academy_id = ?")) {
            select.setLong(1, academyId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    years.put(rows.getInt(1), rows.getDate(2).toLocalDate());
                }
            }
        }
        return years;
    }

    /** Writes one chunk in the caller's transaction: the feed's records, the rejections, the failure, the counts. */
    public void write(long runId, long establishmentId, Pinned file, List<SourceItem> items) throws SQLException {
        FileRow row = fileRow(runId, establishmentId, file.path());
        FeedContext context = new FeedContext(connection, runId, establishmentId, academyOf(establishmentId), row.id(),
                row.exportDate(), now.toLocalDate());
        List<SourceItem> records = new ArrayList<>();
        List<Rejection> fromReader = new ArrayList<>();
        FileFailure failure = null;
        for (SourceItem item : items) {
            if (item instanceof Rejection rejection) {
                fromReader.add(rejection);
            } else if (item instanceof FileFailure fileFailure) {
                failure = fileFailure;
            } else {
                records.add(item);
            }
        }
        if (!records.isEmpty()) {
            feed(file.feed()).write(context, records);
        }
        for (Rejection rejection : fromReader) {
            context.reject(rejection.location(), rejection.reason(), rejection.recordKept());
            if (!rejection.recordKept()) {
                context.counts().read++;
            }
        }
        List<Rejection> lines = new ArrayList<>(context.rejections());
        if (failure != null) {
            lines.add(Rejection.rejected(failure.location(), failure.reason()));
            Jdbc.update(connection, "UPDATE replication_file SET failure = ? WHERE id = ? AND failure IS NULL",
                    truncate(failure.reason(), 1000), row.id());
        }
        insertRejections(runId, establishmentId, row.id(), lines);
        FileCounts counts = context.counts();
        Jdbc.update(connection, "UPDATE replication_file SET read_count = read_count + ?, created_count = created_count "
                + "+ ?, updated_count = updated_count + ?, unchanged_count = unchanged_count + ?, departed_count = "
                + "departed_count + ?, rejected_count = rejected_count + ?, items_committed = items_committed + ? "
                + "WHERE id = ?", counts.read, counts.created, counts.updated, counts.unchanged, counts.departed,
                counts.rejected, items.size(), row.id());
    }

    private void insertRejections(long runId, long establishmentId, long fileId, List<Rejection> lines)
            throws SQLException {
        if (lines.isEmpty()) {
            return;
        }
        IdBlocks ids = new IdBlocks(connection);
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO replication_rejection (id, run_id, "
                + "establishment_id, file_id, line_number, column_number, element, source_key, reason, kept) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (Rejection r : lines) {
                SourceLocation at = r.location() != null ? r.location() : SourceLocation.ofFile("?");
                Jdbc.bind(insert, ids.next("replication_rejection_seq"), runId, establishmentId, fileId, at.line(),
                        at.column(), truncate(at.element(), 100), truncate(at.key(), 200), truncate(r.reason(), 1000),
                        r.recordKept());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    // --- Reconciling -----------------------------------------------------------------------------------------------

    /**
     * Every feed concludes on its file (departures for the pupils); the first export of a new school year rebuilds
     * the establishment's divisions and groups; the establishment is DONE, or FAILED when one of its files failed.
     */
    public void reconcile(long runId, long establishmentId) throws SQLException {
        long schoolId = schoolId(runId, establishmentId);
        long academyId = academyOf(establishmentId);
        List<FileRow> files = files(schoolId);
        boolean anyFailed = false;
        Integer year = null;
        boolean pupilsComplete = false;
        for (FileRow file : files) {
            if (file.superseded()) {
                continue;
            }
            boolean complete = file.failure() == null;
            anyFailed |= !complete;
            ReplicationFeed feed = feedsByCode.get(file.feed());
            if (feed == null) {
                continue;
            }
            FeedContext context = new FeedContext(connection, runId, establishmentId, academyId, file.id(),
                    file.exportDate(), now.toLocalDate());
            feed.reconcile(context, complete);
            Jdbc.update(connection, "UPDATE replication_file SET complete = ?, departed_count = departed_count + ? "
                    + "WHERE id = ?", complete, context.counts().departed, file.id());
            if (complete && file.schoolYear() != null) {
                year = year == null ? file.schoolYear() : Math.max(year, file.schoolYear());
                pupilsComplete |= "PUPILS".equals(file.feed());
            }
        }
        Long replicated = Jdbc.queryLong(connection, "SELECT replicated_year FROM establishment WHERE id = ?",
                establishmentId);
        if (year != null && (replicated == null || year > replicated)) {
            if (replicated != null && pupilsComplete) {
                rebuildStructures(establishmentId);
            }
            Jdbc.update(connection, "UPDATE establishment SET replicated_year = ? WHERE id = ?", year, establishmentId);
        }
        Jdbc.update(connection, "UPDATE replication_school SET status = ?, ended_at = ? WHERE id = ?",
                anyFailed ? SchoolRunStatus.FAILED : SchoolRunStatus.DONE, now, schoolId);
    }

    /**
     * The first export of a new school year: the pupils who left keep no division or group, and the divisions and
     * groups no pupil or teaching service references any more are deleted (last year's classes).
     */
    private void rebuildStructures(long establishmentId) throws SQLException {
        Jdbc.update(connection, "DELETE FROM student_group WHERE student_id IN (SELECT id FROM student "
                + "WHERE establishment_id = ? AND departure_date IS NOT NULL)", establishmentId);
        Jdbc.update(connection, "UPDATE student SET division_id = NULL WHERE establishment_id = ? "
                + "AND departure_date IS NOT NULL AND division_id IS NOT NULL", establishmentId);
        String unusedDivision = "SELECT d.id FROM division d WHERE d.establishment_id = ? "
                + "AND NOT EXISTS (SELECT 1 FROM student s WHERE s.division_id = d.id) "
                + "AND NOT EXISTS (SELECT 1 FROM teaching_service t WHERE t.division_id = d.id)";
        Jdbc.update(connection, "DELETE FROM main_teacher WHERE division_id IN (" + unusedDivision + ")",
                establishmentId);
        Jdbc.update(connection, "DELETE FROM division WHERE id IN (" + unusedDivision + ")", establishmentId);
        Jdbc.update(connection, "DELETE FROM teaching_group WHERE establishment_id = ? AND NOT EXISTS (SELECT 1 FROM "
                + "student_group g WHERE g.group_id = teaching_group.id) AND NOT EXISTS (SELECT 1 FROM teaching_service "
                + "t WHERE t.group_id = teaching_group.id)", establishmentId);
    }

    // --- Lookups ---------------------------------------------------------------------------------------------------

    private record FileRow(long id, String feed, LocalDate exportDate, Integer schoolYear, String failure,
                           boolean superseded) {
    }

    private FileRow fileRow(long runId, long establishmentId, String path) throws SQLException {
        long schoolId = schoolId(runId, establishmentId);
        return files(schoolId, " AND path = ?", path).stream().findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Fichier non épinglé dans ce traitement : " + path));
    }

    private List<FileRow> files(long schoolId) throws SQLException {
        return files(schoolId, "");
    }

    private List<FileRow> files(long schoolId, String condition, Object... values) throws SQLException {
        List<FileRow> files = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT id, feed, export_date, school_year, "
                + "failure, superseded FROM replication_file WHERE school_id = ?" + condition + " ORDER BY position")) {
            select.setLong(1, schoolId);
            for (int i = 0; i < values.length; i++) {
                Jdbc.set(select, i + 2, values[i]);
            }
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    int year = rows.getInt(4);
                    Integer schoolYear = rows.wasNull() ? null : year;
                    java.sql.Date date = rows.getDate(3);
                    files.add(new FileRow(rows.getLong(1), rows.getString(2), date == null ? null : date.toLocalDate(),
                            schoolYear, rows.getString(5), rows.getBoolean(6)));
                }
            }
        }
        return files;
    }

    private long schoolId(long runId, long establishmentId) throws SQLException {
        Long id = Jdbc.queryLong(connection, "SELECT id FROM replication_school WHERE run_id = ? AND establishment_id = ?",
                runId, establishmentId);
        if (id == null) {
            throw new IllegalArgumentException("L'établissement " + establishmentId + " n'est pas du traitement " + runId);
        }
        return id;
    }

    private String uai(long establishmentId) throws SQLException {
        return queryString("SELECT uai FROM establishment WHERE id = ?", establishmentId).trim();
    }

    private long academyOf(long establishmentId) throws SQLException {
        return Jdbc.queryLong(connection, "SELECT academy_id FROM establishment WHERE id = ?", establishmentId);
    }

    private ReplicationFeed feed(String code) {
        ReplicationFeed feed = feedsByCode.get(code);
        if (feed == null) {
            throw new IllegalArgumentException("Flux inconnu : " + code);
        }
        return feed;
    }

    private String queryString(String sql, Object... values) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            Jdbc.bind(select, values);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? rows.getString(1) : null;
            }
        }
    }

    static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}

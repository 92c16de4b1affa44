package org.scolarite.replication.boundary;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.scolarite.replication.control.DropZone;
import org.scolarite.replication.control.DropZoneFiles;
import org.scolarite.replication.control.ExportFiles;
import org.scolarite.replication.control.siecle.UnreadableExport;
import org.scolarite.replication.entity.ExportHeader;
import org.scolarite.replication.entity.ExportYearCheck;
import org.scolarite.staff.boundary.StaffDirectory;
import org.scolarite.staff.entity.StaffRole;

/**
 * The drop zone of the exports, one directory per establishment under the data directory:
 * {@code <TELESERVICES_DATA_DIR>/replication/inbox/<UAI>/} — files put there by the administration system's export
 * (copied by a script, SFTP…), uploaded in the console or pushed through the API. A run takes (moves) the files
 * waiting for each of its establishments into {@code replication/runs/<run id>/<UAI>/}, unzipped, so that a
 * restarted run reads exactly what the first attempt read and a file deposited meanwhile waits for the next run.
 *
 * <p>A deposit is written to a temporary name in the establishment's directory, checked, then renamed: a run never
 * takes a half-written or unchecked file. Files copied there by other means are checked when the run pins them.
 */
@Stateless
public class ReplicationInbox {

    private static final Logger LOG = Logger.getLogger(ReplicationInbox.class.getName());
    private static final Pattern SAFE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,120}");

    @Inject
    private DropZone dropZone;

    @Inject
    private StaffDirectory staff;

    @Inject
    private Clock clock;

    @Resource(lookup = "jdbc/teleservices")
    private DataSource dataSource;

    /** The largest export accepted, in megabytes (a real académie lycée's zipped exports stay far below). */
    @Inject
    @ConfigProperty(name = "teleservices.replication.max-upload-mb", defaultValue = "200")
    private long maxUploadMegabytes;

    private final ExportFiles exportFiles = ExportFiles.SIECLE;

    /**
     * Checks and stores an export in the establishment's drop zone (the actor must be its head or delegate, or an
     * académie administrator): an XML export or a zip of them, whose root element is a known export and whose UAI is the
     * establishment's. A file of the same name waiting there is replaced. Throws {@link ExportRefused} with the reason.
     */
    public List<DepositedFile> deposit(String actor, long establishmentId, String fileName, InputStream content) {
        String uai = staff.requireRole(actor, establishmentId, StaffRole.HEAD, StaffRole.DELEGATE, StaffRole.ACADEMY)
                .uai();
        String name = safeName(fileName);
        Path inbox = dropZone.inbox(uai);
        Path temporary = inbox.resolve(DropZoneFiles.TEMPORARY_PREFIX + UUID.randomUUID());
        try {
            Files.createDirectories(inbox);
            copyCapped(content, temporary);
            List<DepositedFile> described = describe(temporary, name, uai, establishmentId);
            move(temporary, inbox.resolve(name));
            return described;
        } catch (IOException e) {
            throw new UncheckedIOException("Dépôt impossible dans " + inbox + " : " + e.getMessage(), e);
        } finally {
            deleteQuietly(temporary);
        }
    }

    /** The exports waiting for the next run of this establishment. */
    public List<DepositedFile> pending(String actor, long establishmentId) {
        String uai = staff.requireRole(actor, establishmentId, StaffRole.HEAD, StaffRole.DELEGATE, StaffRole.ACADEMY)
                .uai();
        Path inbox = dropZone.inbox(uai);
        if (!Files.isDirectory(inbox)) {
            return List.of();
        }
        List<Path> listed;
        try (Stream<Path> files = Files.list(inbox)) {
            listed = files.filter(DropZoneFiles::isExport).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return readPending(listed, file -> read(file, file.getFileName().toString()));
    }

    /**
     * The exports of {@code listed} as {@code reader} reads them. A run started meanwhile takes its files out of the
     * inbox: one gone between the listing and its reading is no longer pending, not an error (the console lists the
     * inbox again right after starting a run). An export copied there by other means and unreadable is left out: the
     * run will report it; the list shows what can be replicated.
     */
    static List<DepositedFile> readPending(List<Path> listed, Function<Path, List<DepositedFile>> reader) {
        List<DepositedFile> files = new ArrayList<>();
        for (Path file : listed) {
            try {
                files.addAll(reader.apply(file));
            } catch (UnreadableExport e) {
                LOG.log(Level.INFO, "Export illisible en attente : {0} ({1})", new Object[] {file, e.getMessage()});
            } catch (UncheckedIOException e) {
                if (!(e.getCause() instanceof NoSuchFileException)) {
                    throw e;
                }
            }
        }
        return files;
    }

    /** Housekeeping (R-JOB-1): deletes the files of runs that ended more than {@code age} ago; returns how many runs. */
    public int purgeRunFiles(Duration age) {
        LocalDateTime limit = LocalDateTime.now(clock).minus(age);
        List<Long> runs = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "SELECT id FROM replication_run WHERE status <> 'RUNNING' AND ended_at < ?")) {
            select.setTimestamp(1, Timestamp.valueOf(limit));
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    runs.add(rows.getLong(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Purge des fichiers de réplication : " + e.getMessage(), e);
        }
        int purged = 0;
        for (Long run : runs) {
            Path directory = dropZone.runs().resolve(Long.toString(run));
            if (Files.isDirectory(directory)) {
                deleteTree(directory);
                purged++;
            }
        }
        return purged;
    }

    /** The replication directory under the data dir: {@code inbox/<UAI>/} and {@code runs/<run>/<UAI>/} below it. */
    public Path root() {
        return dropZone.root();
    }

    private static String safeName(String fileName) {
        // Browsers of old send the client's whole path: only its last segment names the file.
        String path = fileName == null ? "" : fileName.replace('\\', '/');
        String name = path.substring(path.lastIndexOf('/') + 1);
        String lower = name.toLowerCase(Locale.ROOT);
        if (!lower.endsWith(".xml") && !lower.endsWith(".zip")) {
            throw new ExportRefused("« " + name + " » n'est pas un export SIECLE ou STS-web : seuls les fichiers "
                    + ".xml et .zip sont acceptés.");
        }
        if (!SAFE_NAME.matcher(name).matches()) {
            throw new ExportRefused("Nom de fichier refusé : « " + name + " » (lettres, chiffres, points, tirets et "
                    + "soulignés seulement).");
        }
        return name;
    }

    private void copyCapped(InputStream content, Path target) throws IOException {
        long max = maxUploadMegabytes * 1024 * 1024;
        long total = 0;
        byte[] buffer = new byte[64 * 1024];
        try (OutputStream out = Files.newOutputStream(target)) {
            for (int read = content.read(buffer); read >= 0; read = content.read(buffer)) {
                total += read;
                if (total > max) {
                    throw new ExportRefused("Fichier trop volumineux : plus de " + maxUploadMegabytes + " Mo.");
                }
                out.write(buffer, 0, read);
            }
        }
        if (total == 0) {
            throw new ExportRefused("Le fichier est vide.");
        }
    }

    /** Every export the file holds, checked: known export, this establishment's UAI, a school year replicated now. */
    private List<DepositedFile> describe(Path file, String name, String uai, long establishmentId) {
        List<DepositedFile> exports;
        try {
            exports = read(file, name);
        } catch (UnreadableExport e) {
            throw new ExportRefused("« " + name + " » : " + e.getMessage());
        }
        if (exports.isEmpty()) {
            throw new ExportRefused("L'archive « " + name + " » ne contient aucun export XML.");
        }
        Map<Integer, LocalDate> years = schoolYears(establishmentId);
        for (DepositedFile export : exports) {
            if (!uai.equals(export.uai())) {
                throw new ExportRefused("« " + export.name() + " » est l'export de l'établissement " + export.uai()
                        + ", pas de " + uai + ".");
            }
            Optional<String> refusal = ExportYearCheck.refusal(export.schoolYear(), years, LocalDate.now(clock));
            if (refusal.isPresent()) {
                throw new ExportRefused("« " + export.name() + " » : " + refusal.get());
            }
        }
        return exports;
    }

    private List<DepositedFile> read(Path file, String name) {
        LocalDateTime depositedAt;
        try {
            depositedAt = LocalDateTime.ofInstant(Files.getLastModifiedTime(file).toInstant(), clock.getZone());
            if (!exportFiles.isZip(file)) {
                return List.of(deposited(name, exportFiles.peek(file), Files.size(file), depositedAt));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Path directory = file.resolveSibling(DropZoneFiles.TEMPORARY_PREFIX + UUID.randomUUID());
        try {
            List<DepositedFile> inside = new ArrayList<>();
            for (Path xml : exportFiles.extract(file, directory)) {
                inside.add(deposited(name + "/" + directory.relativize(xml), exportFiles.peek(xml), Files.size(xml),
                        depositedAt));
            }
            return inside;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deleteTree(directory);
        }
    }

    private static DepositedFile deposited(String name, ExportHeader header, long size, LocalDateTime depositedAt) {
        return new DepositedFile(name, header.kind(), header.uai(), header.schoolYear(), header.exportDate(), size,
                depositedAt);
    }

    private Map<Integer, LocalDate> schoolYears(long establishmentId) {
        Map<Integer, LocalDate> years = new HashMap<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("SELECT y.start_year, y.rentree_date FROM "
                     + "school_year y JOIN establishment e ON e.academy_id = y.academy_id WHERE e.id = ?")) {
            select.setLong(1, establishmentId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    years.put(rows.getInt(1), rows.getDate(2).toLocalDate());
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return years;
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Fichier temporaire non supprimé : " + file, e);
        }
    }

    private static void deleteTree(Path directory) {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> tree = Files.walk(directory)) {
            tree.sorted(Comparator.reverseOrder()).forEach(ReplicationInbox::deleteQuietly);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package org.scolarite.replication.control;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.scolarite.replication.entity.Rejection;
import org.scolarite.replication.entity.SourceLocation;

/**
 * What a feed gets to write one chunk or to reconcile: the chunk transaction's connection (the {@code jdbc/teleservices}
 * data source, enlisted in the caller's transaction), the run, the establishment and its file, the export's date and
 * year as its header gave them, and where to count and report. Rejections the feed finds itself (an unknown pupil, an
 * unknown MEF) go through {@link #reject}; the engine writes them with the reader's.
 */
public final class FeedContext {

    private final Connection connection;
    private final long runId;
    private final long establishmentId;
    private final long academyId;
    private final long fileId;
    private final LocalDate exportDate;
    private final LocalDate today;
    private final FileCounts counts = new FileCounts();
    private final List<Rejection> rejections = new ArrayList<>();
    private IdBlocks ids;

    public FeedContext(Connection connection, long runId, long establishmentId, long academyId, long fileId,
                       LocalDate exportDate, LocalDate today) {
        this.connection = connection;
        this.runId = runId;
        this.establishmentId = establishmentId;
        this.academyId = academyId;
        this.fileId = fileId;
        this.exportDate = exportDate;
        this.today = today;
    }

    public Connection connection() {
        return connection;
    }

    public IdBlocks ids() throws SQLException {
        if (ids == null) {
            ids = new IdBlocks(connection);
        }
        return ids;
    }

    public long runId() {
        return runId;
    }

    public long establishmentId() {
        return establishmentId;
    }

    public long academyId() {
        return academyId;
    }

    public long fileId() {
        return fileId;
    }

    /** {@code DATE_EXPORT} of the file (today when its header did not give it). */
    public LocalDate exportDate() {
        return exportDate != null ? exportDate : today;
    }

    public LocalDate today() {
        return today;
    }

    public FileCounts counts() {
        return counts;
    }

    /** A record the feed left out ({@code kept} false) or replicated with an anomaly ({@code kept} true). */
    public void reject(SourceLocation location, String reason, boolean kept) {
        rejections.add(new Rejection(location, reason, kept));
        if (!kept) {
            counts.rejected++;
        }
    }

    public List<Rejection> rejections() {
        return rejections;
    }
}

package org.scolarite.replication.boundary;

import java.io.OutputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.scolarite.platform.control.FrenchExcelCsv;
import org.scolarite.replication.control.Jdbc;
import org.scolarite.replication.entity.RunStatus;
import org.scolarite.replication.entity.RunTrigger;
import org.scolarite.replication.entity.SchoolRunStatus;
import org.scolarite.replication.entity.SourceLocation;

/**
 * The reading side's SQL, on one connection, restricted to a {@link Scope} the caller established (authorisation is
 * {@link ReplicationRuns}'s). Totals and reports cover only the establishments of the scope.
 */
final class RunQueries {

    /** An académie, and within it every establishment ({@code establishments} null) or only these. */
    record Scope(long academyId, Set<Long> establishments) {

        String filter(String column) {
            return establishments == null ? "" : " AND " + column + " IN (" + Jdbc.placeholders(establishments.size())
                    + ")";
        }

        Object[] values(Object... before) {
            List<Object> values = new ArrayList<>(List.of(before));
            if (establishments != null) {
                values.addAll(establishments);
            }
            return values.toArray();
        }
    }


    private final Connection connection;
    private final Function<String, String> feedLabels;

    RunQueries(Connection connection, Function<String, String> feedLabels) {
        this.connection = connection;
        this.feedLabels = feedLabels;
    }

    /** The académie of a run, if it exists. */
    Optional<Long> academyOf(long runId) throws SQLException {
        return Optional.ofNullable(Jdbc.queryLong(connection, "SELECT academy_id FROM replication_run WHERE id = ?",
                runId));
    }

    long academyOfEstablishment(long establishmentId) throws SQLException {
        return Jdbc.queryLong(connection, "SELECT academy_id FROM establishment WHERE id = ?", establishmentId);
    }

    /** The establishments of the run within the scope. */
    List<Long> establishmentsOf(Scope scope, long runId) throws SQLException {
        return Jdbc.queryLongs(connection, "SELECT establishment_id FROM replication_school s "
                + "WHERE run_id = ?" + scope.filter("s.establishment_id") + " ORDER BY position", scope.values(runId));
    }

    /**
     * A page of runs, newest first, from the {@code first}-th; with an establishment, the runs that included it;
     * {@code onlyRunning} for the running one.
     */
    List<RunSummary> recent(Scope scope, Long establishmentId, int first, int max, boolean onlyRunning)
            throws SQLException {
        List<Object> values = new ArrayList<>();
        String sql = "SELECT r.id FROM replication_run r" + runsWhere(scope, establishmentId, onlyRunning, values)
                + " ORDER BY r.started_at DESC, r.id DESC OFFSET " + Math.max(0, first) + " ROWS FETCH NEXT "
                + Math.max(1, max) + " ROWS ONLY";
        List<RunSummary> summaries = new ArrayList<>();
        for (Long id : Jdbc.queryLongs(connection, sql, values.toArray())) {
            summaries.add(summary(scope, id));
        }
        return summaries;
    }

    /** How many runs {@link #recent} pages through. */
    long count(Scope scope, Long establishmentId) throws SQLException {
        List<Object> values = new ArrayList<>();
        return Jdbc.queryLong(connection, "SELECT COUNT(*) FROM replication_run r"
                + runsWhere(scope, establishmentId, false, values), values.toArray());
    }

    private static String runsWhere(Scope scope, Long establishmentId, boolean onlyRunning, List<Object> values) {
        values.add(scope.academyId());
        StringBuilder sql = new StringBuilder(" WHERE r.academy_id = ?");
        if (onlyRunning) {
            sql.append(" AND r.status = 'RUNNING'");
        }
        if (establishmentId != null || scope.establishments() != null) {
            sql.append(" AND EXISTS (SELECT 1 FROM replication_school s WHERE s.run_id = r.id")
                    .append(scope.filter("s.establishment_id"));
            if (scope.establishments() != null) {
                values.addAll(scope.establishments());
            }
            if (establishmentId != null) {
                sql.append(" AND s.establishment_id = ?");
                values.add(establishmentId);
            }
            sql.append(')');
        }
        return sql.toString();
    }

    RunSummary summary(Scope scope, long runId) throws SQLException {
        long[] schools = new long[3];
        try (PreparedStatement select = connection.prepareStatement("SELECT COUNT(*), "
                + "SUM(CASE WHEN status IN ('DONE', 'FAILED', 'NO_FILE') THEN 1 ELSE 0 END), "
                + "SUM(CASE WHEN status = 'FAILED' THEN 1 ELSE 0 END) FROM replication_school s WHERE run_id = ?"
                + scope.filter("s.establishment_id"))) {
            Jdbc.bind(select, scope.values(runId));
            try (ResultSet rows = select.executeQuery()) {
                rows.next();
                schools = new long[] {rows.getLong(1), rows.getLong(2), rows.getLong(3)};
            }
        }
        long[] totals = new long[6];
        try (PreparedStatement select = connection.prepareStatement("SELECT SUM(f.read_count), SUM(f.created_count), "
                + "SUM(f.updated_count), SUM(f.unchanged_count), SUM(f.departed_count), SUM(f.rejected_count) "
                + "FROM replication_file f JOIN replication_school s ON s.id = f.school_id WHERE s.run_id = ?"
                + scope.filter("s.establishment_id"))) {
            Jdbc.bind(select, scope.values(runId));
            try (ResultSet rows = select.executeQuery()) {
                rows.next();
                for (int i = 0; i < totals.length; i++) {
                    totals[i] = rows.getLong(i + 1);
                }
            }
        }
        try (PreparedStatement select = connection.prepareStatement("SELECT run_trigger, status, started_by, "
                + "started_at, ended_at FROM replication_run WHERE id = ?")) {
            select.setLong(1, runId);
            try (ResultSet rows = select.executeQuery()) {
                rows.next();
                return new RunSummary(runId, RunTrigger.valueOf(rows.getString(1)), RunStatus.valueOf(rows.getString(2)),
                        rows.getString(3), time(rows.getTimestamp(4)), time(rows.getTimestamp(5)), (int) schools[0],
                        (int) schools[1], (int) schools[2], totals[0], totals[1], totals[2], totals[3], totals[4],
                        totals[5]);
            }
        }
    }

    List<SchoolReport> schools(Scope scope, long runId) throws SQLException {
        Map<Long, SchoolReport> reports = new LinkedHashMap<>();
        Map<Long, List<FeedCount>> feeds = new LinkedHashMap<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT s.id, e.id, e.uai, e.name, s.status, "
                + "s.started_at, s.ended_at FROM replication_school s JOIN establishment e ON e.id = s.establishment_id "
                + "WHERE s.run_id = ?" + scope.filter("s.establishment_id") + " ORDER BY s.position")) {
            Jdbc.bind(select, scope.values(runId));
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    List<FeedCount> counts = new ArrayList<>();
                    feeds.put(rows.getLong(1), counts);
                    reports.put(rows.getLong(1), new SchoolReport(rows.getLong(2), rows.getString(3).trim(),
                            rows.getString(4), SchoolRunStatus.valueOf(rows.getString(5)), time(rows.getTimestamp(6)),
                            time(rows.getTimestamp(7)), counts));
                }
            }
        }
        try (PreparedStatement select = connection.prepareStatement("SELECT f.school_id, f.feed, f.file_name, "
                + "f.read_count, f.created_count, f.updated_count, f.unchanged_count, f.departed_count, "
                + "f.rejected_count, f.failure FROM replication_file f JOIN replication_school s ON s.id = f.school_id "
                + "WHERE s.run_id = ?" + scope.filter("s.establishment_id") + " ORDER BY f.school_id, f.position")) {
            Jdbc.bind(select, scope.values(runId));
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    feeds.get(rows.getLong(1)).add(new FeedCount(rows.getString(2), rows.getString(3),
                            rows.getLong(4), rows.getLong(5), rows.getLong(6), rows.getLong(7), rows.getLong(8),
                            rows.getLong(9), rows.getString(10)));
                }
            }
        }
        return new ArrayList<>(reports.values());
    }

    private static final String REJECTIONS = "SELECT e.uai, f.feed, f.file_name, j.line_number, j.column_number, "
            + "j.element, j.source_key, j.reason, j.kept FROM replication_rejection j "
            + "JOIN replication_file f ON f.id = j.file_id JOIN replication_school s ON s.id = f.school_id "
            + "JOIN establishment e ON e.id = j.establishment_id WHERE j.run_id = ?";
    private static final String REJECTION_ORDER = " ORDER BY s.position, f.position, j.line_number, j.id";

    List<RejectionLine> rejections(Scope scope, long runId, int first, int max) throws SQLException {
        List<RejectionLine> lines = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(REJECTIONS + scope.filter("j.establishment_id")
                + REJECTION_ORDER + " OFFSET " + Math.max(0, first) + " ROWS FETCH NEXT " + Math.max(1, max)
                + " ROWS ONLY")) {
            Jdbc.bind(select, scope.values(runId));
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    lines.add(line(rows));
                }
            }
        }
        return lines;
    }

    long countRejections(Scope scope, long runId) throws SQLException {
        return Jdbc.queryLong(connection, "SELECT COUNT(*) FROM replication_rejection j WHERE j.run_id = ?"
                + scope.filter("j.establishment_id"), scope.values(runId));
    }

    private static RejectionLine line(ResultSet rows) throws SQLException {
        return new RejectionLine(rows.getString(1).trim(), rows.getString(2), new SourceLocation(rows.getString(3),
                rows.getInt(4), rows.getInt(5), rows.getString(6), rows.getString(7)), rows.getString(8),
                rows.getBoolean(9));
    }

    /** Streamed row by row from the database to {@code out}: memory stays flat whatever the report's size. */
    void writeCsv(Scope scope, long runId, OutputStream out) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(REJECTIONS + scope.filter("j.establishment_id")
                + REJECTION_ORDER)) {
            select.setFetchSize(500);
            Jdbc.bind(select, scope.values(runId));
            FrenchExcelCsv csv = FrenchExcelCsv.start(out, List.of("Établissement", "Flux", "Fichier", "Ligne",
                    "Colonne", "Élément", "Motif", "Enregistrement conservé"));
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    RejectionLine line = line(rows);
                    SourceLocation at = line.location();
                    String element = at.element() == null ? null
                            : at.key() == null ? at.element() : at.element() + " " + at.key();
                    csv.row(line.uai(), feedLabels.apply(line.feed()), at.file(),
                            at.line() > 0 ? Integer.toString(at.line()) : "",
                            at.column() > 0 ? Integer.toString(at.column()) : "", element, line.reason(),
                            line.recordKept() ? "oui" : "non");
                }
            }
            csv.finish();
        }
    }

    private static LocalDateTime time(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toLocalDateTime();
    }
}

package org.scolarite.statistics.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.scolarite.statistics.entity.SchoolYearWindow;

/**
 * The SQL of the account syntheses (R-STAT-1, R-STAT-2): grouped counts over the pupils, their légal guardians and
 * their accounts, one statement per figure set, never a row per person brought back. Portable SQL (H2 and
 * PostgreSQL): SUM(CASE…) rather than COUNT(*) FILTER, derived tables rather than WITH.
 *
 * <p>Who counts: pupils enrolled on the day (no departure or a departure from the day on), as on the console home.
 * A pupil's account is his live (not CLOSED) STUDENT account; a guardian's access to a pupil is the live GUARDIAN
 * account opening that pupil for that guardian (account_student with holder_id: R-PORTAL-8 regroupings included).
 */
public class AccountSynthesisSql {

    /** Where the pupils are taken from. */
    public enum Scope {
        ESTABLISHMENT("s.establishment_id = :scope"),
        ACADEMY("s.establishment_id IN (SELECT e.id FROM establishment e WHERE e.academy_id = :scope)");

        private final String where;

        Scope(String where) {
            this.where = where;
        }
    }

    /**
     * What a line is: a division of a MEF (labels: MEF code, MEF label, division code), or a whole establishment
     * (labels: UAI, name). Lines come in the order of their labels, pupils without MEF or division last.
     */
    public enum Grouping {
        DIVISION("s.mef_id, s.division_id", 3, "m.code, COALESCE(m.edition_label, m.label), d.code",
                "LEFT JOIN mef m ON m.id = s.mef_id LEFT JOIN division d ON d.id = s.division_id",
                "m.code, m.edition_label, m.label, d.code", "m.code NULLS LAST, d.code NULLS LAST"),
        ESTABLISHMENT("s.establishment_id", 2, "e.uai, e.name", "JOIN establishment e ON e.id = s.establishment_id",
                "e.uai, e.name", "e.uai");

        private final String keys;
        private final int labelCount;
        private final String labels;
        private final String joins;
        private final String labelGroups;
        private final String order;

        Grouping(String keys, int labelCount, String labels, String joins, String labelGroups, String order) {
            this.keys = keys;
            this.labelCount = labelCount;
            this.labels = labels;
            this.joins = joins;
            this.labelGroups = labelGroups;
            this.order = order;
        }

        /** The same keys over the links' derived table. */
        private String linkKeys() {
            return keys.replace("s.", "k.");
        }
    }

    /**
     * One row per (légal 1/2 guardian, enrolled pupil) link not refused (R-ACC-9), with the progress of that access:
     * 0 not notified (or no live account), 1 notified or activating before this school year, 2 the same inside it,
     * 3 used. MAX over a person's links gives his most advanced state.
     */
    private static final String LINKS = """
            SELECT l.guardian_id AS guardian_id, s.id AS student_id, s.mef_id AS mef_id, s.division_id AS division_id,
                   s.establishment_id AS establishment_id,
                   MAX(CASE WHEN a.state = 'IN_USE' THEN 3
                            WHEN a.state IN ('NOTIFIED', 'ACTIVATING')
                                 AND a.notified_on >= :rentree AND a.notified_on <= :yearEnd THEN 2
                            WHEN a.state IN ('NOTIFIED', 'ACTIVATING') THEN 1
                            ELSE 0 END) AS progress
              FROM guardian_link l
              JOIN student s ON s.id = l.student_id
              LEFT JOIN account_student x ON x.student_id = l.student_id AND x.holder_id = l.guardian_id
                                         AND (x.effective_until IS NULL OR x.effective_until >= :today)
              LEFT JOIN account a ON a.id = x.account_id AND a.kind = 'GUARDIAN' AND a.state <> 'CLOSED'
             WHERE %s AND (s.departure_date IS NULL OR s.departure_date >= :today)
               AND l.legal_rank IN ('FIRST', 'SECOND') AND l.access_refused = FALSE
             GROUP BY l.guardian_id, s.id, s.mef_id, s.division_id, s.establishment_id
            """;

    /** Pupils per line: enrolled, by the state of their live account. */
    private static final String PUPILS = """
            SELECT %1$s, %3$s, COUNT(*),
                   SUM(CASE WHEN a.state = 'NOTIFIED' THEN 1 ELSE 0 END),
                   SUM(CASE WHEN a.state = 'IN_USE' THEN 1 ELSE 0 END)
              FROM student s
              LEFT JOIN account a ON a.student_id = s.id AND a.kind = 'STUDENT' AND a.state <> 'CLOSED'
              %4$s
             WHERE %2$s AND (s.departure_date IS NULL OR s.departure_date >= :today)
             GROUP BY %1$s, %5$s
             ORDER BY %6$s
            """;

    /**
     * Guardians per line in one pass over the links: a person's most advanced state is read from « has at least one
     * access at progress ≥ n » (distinct persons), so no per-person sub-total is needed — at progress ≥ 1 minus used:
     * notified or activating; ≥ 2 minus used: of which this school year. And the line's pupils with a used guardian
     * account.
     */
    private static final String GUARDIANS = """
            SELECT %1$s, COUNT(DISTINCT k.guardian_id),
                   COUNT(DISTINCT CASE WHEN k.progress >= 1 THEN k.guardian_id END),
                   COUNT(DISTINCT CASE WHEN k.progress >= 2 THEN k.guardian_id END),
                   COUNT(DISTINCT CASE WHEN k.progress = 3 THEN k.guardian_id END),
                   COUNT(DISTINCT CASE WHEN k.progress = 3 THEN k.student_id END)
              FROM (%2$s) k
             GROUP BY %1$s
            """;

    /** The counts of a line, keyed by its grouping columns (mef id and division id, or establishment id). */
    public record PupilCounts(List<String> labels, long students, long notified, long used) {
    }

    /** A line's guardians by their most advanced state, and its pupils with at least one used guardian account. */
    public record GuardianCounts(long guardians, long notNotified, long notifiedOrActivating, long notifiedThisYear,
                                 long used, long studentsWithUsedGuardian) {
    }

    public Map<List<Long>, PupilCounts> pupils(Connection connection, Scope scope, long scopeId, Grouping grouping,
                                               LocalDate today, SchoolYearWindow year) throws SQLException {
        String sql = PUPILS.formatted(grouping.keys, scope.where, grouping.labels, grouping.joins,
                grouping.labelGroups, grouping.order);
        Map<List<Long>, PupilCounts> counts = new LinkedHashMap<>();
        int keys = keyCount(grouping);
        int labels = grouping.labelCount;
        try (PreparedStatement statement = new NamedSql(sql).prepare(connection, values(scopeId, today, year));
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                List<String> text = new ArrayList<>(labels);
                for (int i = 1; i <= labels; i++) {
                    String label = rows.getString(keys + i);
                    text.add(label == null ? null : label.trim());
                }
                int n = keys + labels;
                counts.put(key(rows, keys), new PupilCounts(Collections.unmodifiableList(text),
                        rows.getLong(n + 1), rows.getLong(n + 2), rows.getLong(n + 3)));
            }
        }
        return counts;
    }

    public Map<List<Long>, GuardianCounts> guardians(Connection connection, Scope scope, long scopeId,
                                                     Grouping grouping, LocalDate today, SchoolYearWindow year)
            throws SQLException {
        String sql = GUARDIANS.formatted(grouping.linkKeys(), LINKS.formatted(scope.where));
        Map<List<Long>, GuardianCounts> counts = new HashMap<>();
        int keys = keyCount(grouping);
        try (PreparedStatement statement = new NamedSql(sql).prepare(connection, values(scopeId, today, year));
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                long all = rows.getLong(keys + 1);
                long notified = rows.getLong(keys + 2);
                long thisYear = rows.getLong(keys + 3);
                long used = rows.getLong(keys + 4);
                counts.put(key(rows, keys), new GuardianCounts(all, all - notified, notified - used,
                        thisYear - used, used, rows.getLong(keys + 5)));
            }
        }
        return counts;
    }

    private static Map<String, Object> values(long scopeId, LocalDate today, SchoolYearWindow year) {
        return Map.of("scope", scopeId, "today", today, "rentree", year.rentree(), "yearEnd", year.end());
    }

    private static int keyCount(Grouping grouping) {
        return grouping.keys.split(",").length;
    }

    /** The grouping columns; a null id (pupil without MEF or division) stays null in the key. */
    private static List<Long> key(ResultSet rows, int keys) throws SQLException {
        List<Long> key = new ArrayList<>(keys);
        for (int i = 1; i <= keys; i++) {
            long value = rows.getLong(i);
            key.add(rows.wasNull() ? null : value);
        }
        return Collections.unmodifiableList(key);
    }
}

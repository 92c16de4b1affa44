package org.scolarite.statistics.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.scolarite.statistics.entity.AccessCount;
import org.scolarite.statistics.entity.AccessSynthesis;
import org.scolarite.statistics.entity.SchoolYearWindow;

/**
 * The SQL of the access statistics (R-STAT-3), over the portal's access log (portal_access, one row per page view,
 * written by navigation's access log within seconds): grouped counts of the school year, served by the index on
 * (establishment_id, access_day, service_key). Real time is simply reading the log itself, never a nightly summary.
 */
public class AccessSynthesisSql {

    /**
     * One pass over the establishment's year (an index-only scan of ix_portal_access_statistics on PostgreSQL):
     * counts by month, service, MEF and account kind — at most a few thousand groups —, which the three views add up.
     */
    private static final String GROUPED = """
            SELECT EXTRACT(YEAR FROM p.access_day), EXTRACT(MONTH FROM p.access_day), p.service_key, p.account_kind,
                   m.mefstat, m.label, COUNT(*)
              FROM portal_access p LEFT JOIN mef m ON m.id = p.mef_id
             WHERE p.establishment_id = :establishment AND p.access_day >= :rentree AND p.access_day <= :yearEnd
             GROUP BY EXTRACT(YEAR FROM p.access_day), EXTRACT(MONTH FROM p.access_day), p.service_key,
                      p.account_kind, m.mefstat, m.label
            """;

    private static final String PER_ESTABLISHMENT = """
            SELECT p.establishment_id, COUNT(*) FROM portal_access p
             WHERE p.establishment_id IN (SELECT e.id FROM establishment e WHERE e.academy_id = :academy)
               AND p.access_day >= :rentree AND p.access_day <= :yearEnd
             GROUP BY p.establishment_id
            """;

    public AccessSynthesis establishment(Connection connection, long establishmentId, SchoolYearWindow year)
            throws SQLException {
        Map<String, Object> values = Map.of("establishment", establishmentId, "rentree", year.rentree(),
                "yearEnd", year.end());
        Map<YearMonth, AccessCount> months = new HashMap<>();
        Map<String, AccessCount> services = new HashMap<>();
        Map<String, AccessCount> mefstats = new HashMap<>();
        try (PreparedStatement statement = new NamedSql(GROUPED).prepare(connection, values);
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                YearMonth month = YearMonth.of(rows.getInt(1), rows.getInt(2));
                String service = rows.getString(3).trim();
                boolean guardian = "GUARDIAN".equals(rows.getString(4).trim());
                String mefstat = trimmed(rows.getString(5));
                String label = trimmed(rows.getString(6));
                long count = rows.getLong(7);
                add(months, month, month.toString(), null, guardian, count);
                add(services, service, service, null, guardian, count);
                add(mefstats, mefstat, mefstat, label, guardian, count);
            }
        }
        List<AccessCount> byMefstat = new ArrayList<>(mefstats.values());
        // By MEFSTAT code, accesses of pupils without a MEF last.
        byMefstat.sort(Comparator.comparing(AccessCount::key, Comparator.nullsLast(Comparator.naturalOrder())));
        return new AccessSynthesis(year, AccessSynthesis.months(year, months),
                AccessSynthesis.categories(new ArrayList<>(services.values())), byMefstat);
    }

    /**
     * Adds a group's count to its bar. A MEFSTAT shared by several MEF keeps the first label met: it is a hint
     * (« 1001 — 6EME »), the MEFSTAT is what is counted.
     */
    private static <K> void add(Map<K, AccessCount> bars, K key, String name, String label, boolean guardian,
                                long count) {
        bars.merge(key, new AccessCount(name, label, guardian ? count : 0, guardian ? 0 : count), AccessCount::plus);
    }

    private static String trimmed(String value) {
        return value == null ? null : value.trim();
    }

    /** The school year's accesses of each establishment of the académie, for its dashboard. */
    public Map<Long, Long> perEstablishment(Connection connection, long academyId, SchoolYearWindow year)
            throws SQLException {
        Map<Long, Long> counts = new HashMap<>();
        try (PreparedStatement statement = new NamedSql(PER_ESTABLISHMENT).prepare(connection,
                Map.of("academy", academyId, "rentree", year.rentree(), "yearEnd", year.end()));
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                counts.put(rows.getLong(1), rows.getLong(2));
            }
        }
        return counts;
    }
}

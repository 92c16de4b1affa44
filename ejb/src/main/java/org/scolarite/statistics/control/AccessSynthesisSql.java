package org.scolarite.statistics.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.ArrayList;
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

    private static final String KINDS = "SUM(CASE WHEN p.account_kind = 'GUARDIAN' THEN 1 ELSE 0 END), "
            + "SUM(CASE WHEN p.account_kind = 'STUDENT' THEN 1 ELSE 0 END)";

    private static final String IN_YEAR = " WHERE p.establishment_id = :establishment"
            + " AND p.access_day >= :rentree AND p.access_day <= :yearEnd";

    private static final String BY_MONTH = "SELECT EXTRACT(YEAR FROM p.access_day), EXTRACT(MONTH FROM p.access_day), "
            + KINDS + " FROM portal_access p" + IN_YEAR
            + " GROUP BY EXTRACT(YEAR FROM p.access_day), EXTRACT(MONTH FROM p.access_day)";

    private static final String BY_SERVICE = "SELECT p.service_key, " + KINDS + " FROM portal_access p" + IN_YEAR
            + " GROUP BY p.service_key";

    private static final String BY_MEFSTAT = "SELECT m.mefstat, MIN(COALESCE(m.edition_label, m.label)), " + KINDS
            + " FROM portal_access p LEFT JOIN mef m ON m.id = p.mef_id" + IN_YEAR
            + " GROUP BY m.mefstat ORDER BY m.mefstat NULLS LAST";

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
        try (PreparedStatement statement = new NamedSql(BY_MONTH).prepare(connection, values);
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                YearMonth month = YearMonth.of(rows.getInt(1), rows.getInt(2));
                months.put(month, new AccessCount(month.toString(), null, rows.getLong(3), rows.getLong(4)));
            }
        }
        List<AccessCount> services = new ArrayList<>();
        try (PreparedStatement statement = new NamedSql(BY_SERVICE).prepare(connection, values);
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                services.add(new AccessCount(rows.getString(1).trim(), null, rows.getLong(2), rows.getLong(3)));
            }
        }
        List<AccessCount> mefstats = new ArrayList<>();
        try (PreparedStatement statement = new NamedSql(BY_MEFSTAT).prepare(connection, values);
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                String mefstat = rows.getString(1);
                String label = rows.getString(2);
                mefstats.add(new AccessCount(mefstat == null ? null : mefstat.trim(),
                        label == null ? null : label.trim(), rows.getLong(3), rows.getLong(4)));
            }
        }
        return new AccessSynthesis(year, AccessSynthesis.months(year, months), AccessSynthesis.categories(services),
                mefstats);
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

package org.scolarite.statistics.entity;

import java.io.Serializable;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * « Synthèse accès téléservices » (R-STAT-3): an establishment's portal accesses of the school year by month, by
 * service category and by MEFSTAT, read from the access log as it is written (no nightly run in between).
 */
public record AccessSynthesis(SchoolYearWindow year, List<AccessCount> byMonth, List<AccessCount> byCategory,
                              List<AccessCount> byMefstat) implements Serializable {

    public AccessSynthesis {
        byMonth = List.copyOf(byMonth);
        byCategory = List.copyOf(byCategory);
        byMefstat = List.copyOf(byMefstat);
    }

    /** Every month of the school year in order, a month without access reading 0, so that the chart has no gaps. */
    public static List<AccessCount> months(SchoolYearWindow year, Map<YearMonth, AccessCount> counted) {
        List<AccessCount> months = new ArrayList<>();
        for (YearMonth m = YearMonth.from(year.rentree()); !m.isAfter(YearMonth.from(year.end())); m = m.plusMonths(1)) {
            AccessCount count = counted.get(m);
            months.add(new AccessCount(m.toString(), null, count == null ? 0 : count.guardianAccesses(),
                    count == null ? 0 : count.studentAccesses()));
        }
        return months;
    }

    /** Per-service counts merged into their categories, the most used first (ties by key, for a stable order). */
    public static List<AccessCount> categories(List<AccessCount> perService) {
        Map<String, AccessCount> merged = new LinkedHashMap<>();
        for (AccessCount service : perService) {
            String category = ServiceCategory.of(service.key());
            merged.merge(category, new AccessCount(category, null, service.guardianAccesses(),
                    service.studentAccesses()), AccessCount::plus);
        }
        return merged.values().stream()
                .sorted(Comparator.comparingLong(AccessCount::total).reversed().thenComparing(AccessCount::key))
                .toList();
    }

    public long total() {
        return byMonth.stream().mapToLong(AccessCount::total).sum();
    }
}

package org.scolarite.admin.statistics;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.function.Function;
import org.scolarite.statistics.boundary.AccessSyntheses;
import org.scolarite.statistics.entity.AccessCount;
import org.scolarite.statistics.entity.AccessSynthesis;
import org.scolarite.statistics.entity.SheetTable;

/**
 * « Synthèse accès téléservices » (R-STAT-3): three charts (by month, category, MEFSTAT) and their tables, read from
 * the access log at each request, so that the page's poll shows new accesses without any nightly run.
 */
@Named
@RequestScoped
public class AccessStatisticsBacking extends EstablishmentStatisticsPage<AccessSynthesis> {

    @Inject
    private AccessSyntheses syntheses;

    @Override
    AccessSynthesis read(String username, long establishmentId) {
        return syntheses.accesses(username, establishmentId);
    }

    @Override
    List<SheetTable> sheets(AccessSynthesis figures) {
        return StatisticsSheets.accesses(figures, text);
    }

    public String getMonthChart() {
        return chart(getSynthesis().byMonth(), c -> text.month(c.key()));
    }

    public String getCategoryChart() {
        return chart(getSynthesis().byCategory(), c -> text.category(c.key()));
    }

    public String getMefstatChart() {
        return chart(getSynthesis().byMefstat(), c -> text.mefstat(c.key(), c.label()));
    }

    private String chart(List<AccessCount> bars, Function<AccessCount, String> label) {
        return AccessChart.stackedBars(bars, label, text.text("col.guardianAccesses"),
                text.text("col.studentAccesses"), text.text("stats.accesses.total"));
    }
}

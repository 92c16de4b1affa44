package org.scolarite.admin.statistics;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.primefaces.model.StreamedContent;
import org.scolarite.admin.home.CurrentEstablishment;
import org.scolarite.staff.boundary.AccessDeniedException;
import org.scolarite.staff.boundary.EstablishmentChoice;
import org.scolarite.statistics.boundary.AccessSyntheses;
import org.scolarite.statistics.boundary.StatisticsWorkbooks;
import org.scolarite.statistics.entity.AccessCount;
import org.scolarite.statistics.entity.AccessSynthesis;

/**
 * « Synthèse accès téléservices » (R-STAT-3): three charts (by month, category, MEFSTAT) and their tables, read from
 * the access log at each request, so that the page's poll shows new accesses without any nightly run.
 */
@Named
@RequestScoped
public class AccessStatisticsBacking {

    @Inject
    private CurrentEstablishment current;

    @Inject
    private AccessSyntheses syntheses;

    @Inject
    private StatisticsWorkbooks workbooks;

    @Inject
    private StatisticsText text;

    @Inject
    private Clock clock;

    private EstablishmentChoice establishment;
    private AccessSynthesis synthesis;

    @PostConstruct
    void load() {
        establishment = current.getSelected();
        if (establishment != null) {
            try {
                synthesis = syntheses.accesses(current.username(), establishment.id());
            } catch (AccessDeniedException e) {
                synthesis = null;
            }
        }
    }

    public String getMonthChart() {
        return chart(synthesis.byMonth(), c -> text.month(c.key()));
    }

    public String getCategoryChart() {
        return chart(synthesis.byCategory(), c -> text.category(c.key()));
    }

    public String getMefstatChart() {
        return chart(synthesis.byMefstat(), c -> text.mefstat(c.key(), c.label()));
    }

    private String chart(List<AccessCount> bars, Function<AccessCount, String> label) {
        return AccessChart.stackedBars(bars, label, text.text("col.guardianAccesses"),
                text.text("col.studentAccesses"), text.text("stats.accesses.total"));
    }

    public StreamedContent getExcel() {
        return synthesis == null ? null : StatisticsDownload.of(workbooks, establishment.uai(),
                LocalDate.now(clock), StatisticsSheets.accesses(synthesis, text));
    }

    public AccessSynthesis getSynthesis() {
        return synthesis;
    }

    public boolean isAvailable() {
        return synthesis != null;
    }

    public boolean isDenied() {
        return establishment != null && synthesis == null;
    }
}

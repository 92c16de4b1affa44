package org.scolarite.admin.statistics;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.scolarite.statistics.boundary.AccountSyntheses;
import org.scolarite.statistics.entity.GuardianFigures;
import org.scolarite.statistics.entity.SheetTable;
import org.scolarite.statistics.entity.Synthesis;

/** « Synthèse comptes responsables » (R-STAT-2): the figures of the current establishment, and their Excel export. */
@Named
@RequestScoped
public class GuardianStatisticsBacking extends EstablishmentStatisticsPage<Synthesis<GuardianFigures>> {

    @Inject
    private AccountSyntheses syntheses;

    @Override
    Synthesis<GuardianFigures> read(String username, long establishmentId) {
        return syntheses.guardians(username, establishmentId);
    }

    @Override
    List<SheetTable> sheets(Synthesis<GuardianFigures> figures) {
        return StatisticsSheets.guardians(figures, text);
    }
}

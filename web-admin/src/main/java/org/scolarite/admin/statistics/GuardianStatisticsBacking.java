package org.scolarite.admin.statistics;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.LocalDate;
import org.primefaces.model.StreamedContent;
import org.scolarite.admin.home.CurrentEstablishment;
import org.scolarite.staff.boundary.AccessDeniedException;
import org.scolarite.staff.boundary.EstablishmentChoice;
import org.scolarite.statistics.boundary.AccountSyntheses;
import org.scolarite.statistics.boundary.StatisticsWorkbooks;
import org.scolarite.statistics.entity.GuardianFigures;
import org.scolarite.statistics.entity.Synthesis;

/** « Synthèse comptes responsables » (R-STAT-2): the figures of the current establishment, and their Excel export. */
@Named
@RequestScoped
public class GuardianStatisticsBacking {

    @Inject
    private CurrentEstablishment current;

    @Inject
    private AccountSyntheses syntheses;

    @Inject
    private StatisticsWorkbooks workbooks;

    @Inject
    private StatisticsText text;

    @Inject
    private Clock clock;

    private EstablishmentChoice establishment;
    private Synthesis<GuardianFigures> synthesis;

    @PostConstruct
    void load() {
        establishment = current.getSelected();
        if (establishment != null) {
            try {
                synthesis = syntheses.guardians(current.username(), establishment.id());
            } catch (AccessDeniedException e) {
                synthesis = null;
            }
        }
    }

    public StreamedContent getExcel() {
        return synthesis == null ? null : StatisticsDownload.of(workbooks, establishment.uai(),
                LocalDate.now(clock), StatisticsSheets.guardians(synthesis, text));
    }

    public Synthesis<GuardianFigures> getSynthesis() {
        return synthesis;
    }

    public boolean isAvailable() {
        return synthesis != null;
    }

    public boolean isDenied() {
        return establishment != null && synthesis == null;
    }
}

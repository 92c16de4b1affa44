package org.scolarite.admin.statistics;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.primefaces.model.StreamedContent;
import org.scolarite.admin.home.CurrentEstablishment;
import org.scolarite.staff.boundary.AccessDeniedException;
import org.scolarite.statistics.boundary.AccountSyntheses;
import org.scolarite.statistics.boundary.AccountSyntheses.AcademyDashboard;
import org.scolarite.statistics.boundary.StatisticsWorkbooks;
import org.scolarite.statistics.entity.EstablishmentLine;

/**
 * The académie dashboard (ACADEMY role only, checked by the service: a school head reaching the page by its URL sees
 * the refusal). View-scoped: the table sorts without computing the académie again. The export lists the
 * establishments by UAI, in a file named after the académie's code.
 */
@Named
@ViewScoped
public class AcademyStatisticsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CurrentEstablishment current;

    @Inject
    private AccountSyntheses syntheses;

    @Inject
    private StatisticsWorkbooks workbooks;

    @Inject
    private StatisticsText text;

    /** Transient: a Clock is not serializable, and the view scope may passivate the bean (the export re-reads it). */
    @Inject
    private transient Clock clock;

    private AcademyDashboard dashboard;
    private boolean denied;

    @PostConstruct
    void load() {
        try {
            dashboard = syntheses.academy(current.username());
        } catch (AccessDeniedException e) {
            denied = true;
        }
    }

    public StreamedContent getExcel() {
        if (dashboard == null) {
            return null;
        }
        return StatisticsDownload.of(workbooks, dashboard.academyCode(), LocalDate.now(clock),
                StatisticsSheets.academy(dashboard.lines(), text));
    }

    public List<EstablishmentLine> getLines() {
        return dashboard == null ? List.of() : dashboard.lines();
    }

    public AcademyDashboard getDashboard() {
        return dashboard;
    }

    public boolean isDenied() {
        return denied;
    }

    public long getStudents() {
        return getLines().stream().mapToLong(l -> l.students().students()).sum();
    }

    public long getGuardians() {
        return getLines().stream().mapToLong(l -> l.guardians().guardians()).sum();
    }
}

package org.scolarite.admin.statistics;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.primefaces.model.StreamedContent;
import org.scolarite.admin.home.CurrentEstablishment;
import org.scolarite.staff.boundary.AccessDeniedException;
import org.scolarite.staff.boundary.EstablishmentChoice;
import org.scolarite.statistics.boundary.StatisticsWorkbooks;
import org.scolarite.statistics.entity.SheetTable;

/**
 * A statistics page of the establishment chosen in the header: its figures, read once per request (the services check
 * the user's role there), and « Exporter (Excel) » of its tables. Public: EL reads the getters it declares.
 */
public abstract class EstablishmentStatisticsPage<T> {

    @Inject
    private CurrentEstablishment current;

    @Inject
    private StatisticsWorkbooks workbooks;

    @Inject
    protected StatisticsText text;

    @Inject
    private Clock clock;

    private EstablishmentChoice establishment;
    private T synthesis;

    /** The figures; throws AccessDeniedException when the user may not read them. */
    abstract T read(String username, long establishmentId);

    /** The page's tables, as the workbook holds them. */
    abstract List<SheetTable> sheets(T figures);

    @PostConstruct
    void load() {
        establishment = current.getSelected();
        if (establishment != null) {
            try {
                synthesis = read(current.username(), establishment.id());
            } catch (AccessDeniedException e) {
                synthesis = null;
            }
        }
    }

    public StreamedContent getExcel() {
        return synthesis == null ? null : StatisticsDownload.of(workbooks, establishment.uai(),
                LocalDate.now(clock), sheets(synthesis));
    }

    public T getSynthesis() {
        return synthesis;
    }

    public boolean isAvailable() {
        return synthesis != null;
    }

    public boolean isDenied() {
        return establishment != null && synthesis == null;
    }
}

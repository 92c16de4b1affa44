package org.scolarite.admin.statistics;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.scolarite.statistics.boundary.AccountSyntheses;
import org.scolarite.statistics.entity.StudentFigures;
import org.scolarite.statistics.entity.SheetTable;
import org.scolarite.statistics.entity.Synthesis;

/** « Synthèse comptes élèves » (R-STAT-1): the figures of the current establishment, and their Excel export. */
@Named
@RequestScoped
public class StudentStatisticsBacking extends EstablishmentStatisticsPage<Synthesis<StudentFigures>> {

    @Inject
    private AccountSyntheses syntheses;

    @Override
    Synthesis<StudentFigures> read(String username, long establishmentId) {
        return syntheses.students(username, establishmentId);
    }

    @Override
    List<SheetTable> sheets(Synthesis<StudentFigures> figures) {
        return StatisticsSheets.students(figures, text);
    }
}

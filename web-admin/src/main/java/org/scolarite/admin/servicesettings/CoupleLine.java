package org.scolarite.admin.servicesettings;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.scolarite.grades.boundary.ClassCoupleRow;
import org.scolarite.grades.entity.ClassCouple;
import org.scolarite.grades.entity.GradesPublication;

/**
 * A row of the « Configuration Notes » table: one (MEF, division) couple of the establishment and its deadline
 * dates, earliest first (R-NOTES-1).
 */
public record CoupleLine(long mefId, long divisionId, String mefLabel, String divisionCode, List<LocalDate> dates)
        implements Serializable {

    private static final long serialVersionUID = 1L;

    public CoupleLine {
        dates = List.copyOf(dates);
    }

    static CoupleLine of(ClassCoupleRow row, GradesPublication publication) {
        return new CoupleLine(row.couple().mefId(), row.couple().divisionId(), row.mefLabel(), row.divisionCode(),
                publication.datesOf(row.couple()));
    }

    /** The table's row key. */
    public String getKey() {
        return mefId + "-" + divisionId;
    }

    public String getMefLabel() {
        return mefLabel;
    }

    public String getDivisionCode() {
        return divisionCode;
    }

    /** The dates as the table shows them: « 12/12/2025 », sorted. */
    public List<String> getDateLabels() {
        return dates.stream().map(ChangeNote.DATE::format).toList();
    }

    /** For the row's accessible name and for tests: « 12/12/2025, 20/03/2026 ». */
    public String getDatesText() {
        return dates.stream().map(ChangeNote.DATE::format).collect(Collectors.joining(", "));
    }

    ClassCouple couple() {
        return new ClassCouple(mefId, divisionId);
    }
}

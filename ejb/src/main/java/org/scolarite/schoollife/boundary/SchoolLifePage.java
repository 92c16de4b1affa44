package org.scolarite.schoollife.boundary;

import java.util.List;
import org.scolarite.schoollife.entity.AbsenceWeeks;
import org.scolarite.schoollife.entity.SchoolLifeEvent;
import org.scolarite.schoollife.entity.SchoolLifeRange;

/**
 * What the Vie scolaire page shows for one pupil and one range (R-VS-1): only events the family may see, by kind,
 * most recent first; the half-days of absence per week; the office's contact.
 */
public record SchoolLifePage(SchoolLifeRange range, SchoolLifeRange.Choices choices,
                             List<SchoolLifeEvent> absences, List<SchoolLifeEvent> lateness,
                             List<SchoolLifeEvent> punishments, List<SchoolLifeEvent> sanctions,
                             List<SchoolLifeEvent> measures, List<AbsenceWeeks.Week> weeks, int halfDays,
                             String officeMailbox, String phone) {

    public boolean isEmpty() {
        return absences.isEmpty() && lateness.isEmpty() && punishments.isEmpty() && sanctions.isEmpty()
                && measures.isEmpty();
    }
}

package org.scolarite.grades.boundary;

import java.time.LocalDate;
import java.util.List;
import org.scolarite.grades.entity.GradesPublication;
import org.scolarite.settings.boundary.SettingView;

/**
 * « Configuration Notes »: the publication setting, the establishment's (MEF, division) couples and the school
 * year within which deadline dates must fall.
 */
public record GradesConfigurationView(SettingView<GradesPublication> setting, List<ClassCoupleRow> couples,
                                      LocalDate schoolYearStart, LocalDate schoolYearEnd) {
}

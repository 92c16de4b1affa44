package org.scolarite.portal.grades;

import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import org.scolarite.grades.entity.ClassFigures;
import org.scolarite.grades.entity.FrenchDecimal;
import org.scolarite.grades.entity.VisibleGrade;

/**
 * One line of the grades table as the page prints it: the grade and its texts formatted once in French (« 12,5 »,
 * « 03/11/2026 », « — » for no figure), so that the table's cells are plain property reads.
 */
public record GradeRow(VisibleGrade grade, String date, String shown, String average, String lowest, String highest,
                       String coefficient, String outOf) {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    static GradeRow of(VisibleGrade grade) {
        ClassFigures figures = grade.figures();
        return new GradeRow(grade, DAY.format(grade.line().assessedOn()), grade.line().own().shown(),
                decimal(figures.average()), decimal(figures.lowest()), decimal(figures.highest()),
                decimal(grade.line().coefficient()), decimal(grade.line().outOf()));
    }

    static String decimal(BigDecimal value) {
        return value == null ? "—" : FrenchDecimal.format(value);
    }
}

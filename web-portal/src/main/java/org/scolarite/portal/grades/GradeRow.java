package org.scolarite.portal.grades;

import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import org.scolarite.grades.entity.AssessmentLine;
import org.scolarite.grades.entity.ClassFigures;
import org.scolarite.grades.entity.FrenchDecimal;
import org.scolarite.grades.entity.VisibleGrade;

/**
 * One line of the grades table as the page prints it: the grade and its texts formatted once in French (« 12,5 »,
 * « 03/11/2026 », « — » for no figure). {@code status} is true when the pupil has a status (ABS, N.NOT, DIS) rather
 * than a value.
 */
public record GradeRow(long assessmentId, boolean fresh, String subjectLabel, String teacher, String label,
                       String date, String shown, boolean status, String average, String lowest, String highest,
                       String coefficient, String outOf) {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    static GradeRow of(VisibleGrade grade) {
        AssessmentLine line = grade.line();
        ClassFigures figures = grade.figures();
        return new GradeRow(line.assessmentId(), grade.fresh(), line.subjectLabel(), line.teacher(), line.label(),
                DAY.format(line.assessedOn()), line.own().shown(), line.own().status() != null,
                decimal(figures.average()), decimal(figures.lowest()), decimal(figures.highest()),
                decimal(line.coefficient()), decimal(line.outOf()));
    }

    static String decimal(BigDecimal value) {
        return value == null ? "—" : FrenchDecimal.format(value);
    }
}

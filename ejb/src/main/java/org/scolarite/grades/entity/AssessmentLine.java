package org.scolarite.grades.entity;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One assessment the pupil was graded in, as stored (visible or not): its subject and teacher, label, date,
 * coefficient, « noté sur », the teacher's publication date (null when he gave none) and the entry date, the pupil's
 * own grade, and the figures of every couple of pupils graded in it.
 */
public record AssessmentLine(long assessmentId, String subjectCode, String subjectLabel, String teacher, String label,
                             LocalDate assessedOn, BigDecimal coefficient, BigDecimal outOf, LocalDate enteredOn,
                             LocalDate publishedOn, GradeMark own, List<CoupleFigures> couples) {

    public AssessmentLine {
        Objects.requireNonNull(subjectCode, "subjectCode");
        Objects.requireNonNull(assessedOn, "assessedOn");
        Objects.requireNonNull(enteredOn, "enteredOn");
        Objects.requireNonNull(own, "own");
        couples = List.copyOf(couples);
    }
}

package org.scolarite.replication.entity;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * {@code Notes.xml DEVOIRS/DEVOIR}: an assessment of a division or of a group, its period, subject, teacher (STS id,
 * may be absent), label, date, coefficient, « noté sur », the teacher's publication date (optional), the entry date,
 * and its grades (one per pupil, by ELEVE_ID: a value, or a status code ABS / NNOT / DIS).
 */
public record AssessmentRecord(SourceLocation location, String sourceId, String divisionCode, String groupCode,
                               String periodCode, String subjectCode, String teacherId, String label,
                               LocalDate assessedOn, BigDecimal coefficient, BigDecimal outOf, LocalDate publishedOn,
                               LocalDate enteredOn, List<PupilGrade> grades) implements SourceItem {

    public AssessmentRecord {
        grades = List.copyOf(grades);
    }

    /** One pupil's grade: {@code value} or {@code status}, never both. */
    public record PupilGrade(String pupilId, BigDecimal value, String status) implements Serializable {
    }
}

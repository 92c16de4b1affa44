package org.scolarite.grades.entity;

import java.time.LocalDate;

/**
 * A line of the grades list (R-NOTES-3): a published assessment, its class figures over the visible grades, and
 * whether it became visible after the account's previous sign-in (« nouvelle »).
 */
public record VisibleGrade(AssessmentLine line, ClassFigures figures, LocalDate visibleFrom, boolean fresh) {
}

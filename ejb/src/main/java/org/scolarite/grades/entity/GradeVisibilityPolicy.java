package org.scolarite.grades.entity;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * When pupils and guardians see a grade (R-NOTES-1). « Au fil de l'eau »: from the day after its entry. « À
 * échéance »: from the first deadline D of its (MEF, division) with publication date ≤ D, the publication date being
 * the teacher's or, when he gave none, the entry date; and never before the day after entry.
 */
public final class GradeVisibilityPolicy {

    private GradeVisibilityPolicy() {
    }

    /**
     * The first day the grade is visible, or empty when no deadline of its couple will ever show it (one may be
     * added later, so this is an answer for the current setting only).
     *
     * @param teacherPublicationDate the publication date the teacher gave the assessment, or {@code null}
     */
    public static Optional<LocalDate> visibleFrom(GradesPublication publication, ClassCouple couple,
                                                  LocalDate enteredOn, LocalDate teacherPublicationDate) {
        Objects.requireNonNull(couple, "couple");
        LocalDate dayAfterEntry = enteredOn.plusDays(1);
        return switch (publication.mode()) {
            case CONTINUOUS -> Optional.of(dayAfterEntry);
            case DEADLINES -> {
                LocalDate publishedOn = teacherPublicationDate != null ? teacherPublicationDate : enteredOn;
                // datesOf is sorted, so the first deadline not before the publication date is the one that shows it.
                yield publication.datesOf(couple).stream()
                        .filter(deadline -> !publishedOn.isAfter(deadline))
                        .findFirst()
                        .map(deadline -> deadline.isAfter(dayAfterEntry) ? deadline : dayAfterEntry);
            }
        };
    }

    /** Whether the grade is visible on {@code today}. */
    public static boolean isVisible(GradesPublication publication, ClassCouple couple, LocalDate enteredOn,
                                    LocalDate teacherPublicationDate, LocalDate today) {
        Objects.requireNonNull(today, "today");
        return visibleFrom(publication, couple, enteredOn, teacherPublicationDate)
                .filter(firstDay -> !firstDay.isAfter(today))
                .isPresent();
    }
}

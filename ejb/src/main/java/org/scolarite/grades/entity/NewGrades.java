package org.scolarite.grades.entity;

import java.time.LocalDate;
import java.util.Collection;

/**
 * « n nouvelles notes » (R-PORTAL-6): grades visible today (R-NOTES-1) that were not yet visible on the day of the
 * previous sign-in — the same first visible day as the list's « new » highlight, so tile and list agree.
 */
public final class NewGrades {

    /** How many grades share an entry date and a teacher's publication date (null when he gave none). */
    public record Entry(LocalDate enteredOn, LocalDate publishedOn, long grades) {
    }

    private NewGrades() {
    }

    /** @param previousSignIn the day of the previous sign-in; null for a first sign-in: every visible grade counts */
    public static long count(Collection<Entry> entries, GradesPublication publication, ClassCouple couple,
                             LocalDate today, LocalDate previousSignIn) {
        long count = 0;
        for (Entry entry : entries) {
            boolean fresh = GradeVisibilityPolicy.visibleFrom(publication, couple, entry.enteredOn(),
                            entry.publishedOn())
                    .filter(day -> !day.isAfter(today))
                    .filter(day -> previousSignIn == null || day.isAfter(previousSignIn))
                    .isPresent();
            if (fresh) {
                count += entry.grades();
            }
        }
        return count;
    }
}

package org.scolarite.grades.entity;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Objects;

/**
 * A deadline date of one (MEF, division) couple (« date d'échéance », R-NOTES-1). Only the canonical constructor:
 * JSON-B (Yasson) cannot read back a record that declares several.
 */
public record PublicationDeadline(long mefId, long divisionId, LocalDate date) {

    /** The stored order: by MEF, division, then date, so that equal settings serialise alike. */
    static final Comparator<PublicationDeadline> ORDER = Comparator.comparingLong(PublicationDeadline::mefId)
            .thenComparingLong(PublicationDeadline::divisionId)
            .thenComparing(PublicationDeadline::date);

    public PublicationDeadline {
        Objects.requireNonNull(date, "date");
    }

    boolean isFor(ClassCouple couple) {
        return mefId == couple.mefId() && divisionId == couple.divisionId();
    }
}

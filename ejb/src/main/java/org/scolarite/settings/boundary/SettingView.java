package org.scolarite.settings.boundary;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A setting as the console shows it: the last saved value (or the default), the revision the form is based on (for
 * optimistic locking), from which day families see it (R-SET-2), who saved it and whether this user may change it.
 */
public record SettingView<T>(T value, int revision, LocalDate effectiveFrom, String changedBy,
                             LocalDateTime changedAt, boolean editable, boolean pending) {

    /** Never saved: the default applies and there is no date to show. */
    public boolean neverSaved() {
        return revision == 0;
    }
}

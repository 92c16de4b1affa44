package org.scolarite.settings.entity;

import java.time.LocalDate;

/**
 * When families see a change (R-SET-2): the welcome message and the ENT link at once, everything else from the
 * next day, because the portal's copy of the school's data is refreshed each night.
 */
public enum Effect {
    IMMEDIATE, NEXT_DAY;

    public LocalDate effectiveFrom(LocalDate today) {
        return this == IMMEDIATE ? today : today.plusDays(1);
    }
}

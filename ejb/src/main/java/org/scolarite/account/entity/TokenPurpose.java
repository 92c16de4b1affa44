package org.scolarite.account.entity;

import java.time.Period;

/** What a link sent by e-mail lets its holder do, and for how long (DESIGN « Secrets »: tokens expire). */
public enum TokenPurpose {
    /** R-ACC-5, R-PORTAL-4: validate the account's e-mail; valid 3 months. */
    VALIDATE_EMAIL(Period.ofMonths(3)),
    /** R-PORTAL-3: choose a new password; valid one week. */
    RESET_PASSWORD(Period.ofWeeks(1)),
    /** R-PORTAL-4: validate a new address, which replaces the current one only then; valid 3 months. */
    CHANGE_EMAIL(Period.ofMonths(3));

    private final Period validity;

    TokenPurpose(Period validity) {
        this.validity = validity;
    }

    public Period validity() {
        return validity;
    }
}

package org.scolarite.account.entity;

import java.time.Period;

/** What a link sent by e-mail lets its holder do, and for how long (DESIGN « Secrets »: tokens expire). */
public enum TokenPurpose {
    /** R-ACC-5, R-PORTAL-4: validate the account's e-mail; valid 3 months. */
    VALIDATE_EMAIL(Period.ofMonths(3));

    private final Period validity;

    TokenPurpose(Period validity) {
        this.validity = validity;
    }

    public Period validity() {
        return validity;
    }
}

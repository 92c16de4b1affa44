package org.scolarite.notification.entity;

import java.util.Optional;
import org.scolarite.account.entity.NotificationMode;

/**
 * How a mass notification of guardians reaches them (R-MASS-1): « courriel et papier » (an e-mail when the guardian
 * has an address, otherwise a letter), « courriel uniquement » (nobody without an address is notified) or « papier
 * uniquement ». Pupils are notified on paper only (R-ACC-10, R-MASS-2).
 */
public enum Transmission {
    EMAIL_AND_PAPER("Courriel et papier"),
    EMAIL_ONLY("Courriel uniquement"),
    PAPER_ONLY("Papier uniquement");

    /** Why a guardian without e-mail address is left out in « courriel uniquement ». */
    public static final String NO_EMAIL = "Aucune adresse électronique connue\u00a0: non notifié en mode «\u00a0courriel"
            + " uniquement\u00a0».";

    private final String label;

    Transmission(String label) {
        this.label = label;
    }

    /**
     * R-MASS-1: the channel for a guardian whose best known e-mail address is {@code email} (null or blank: none);
     * empty when this transmission leaves him out ({@link #NO_EMAIL}). A letter needs no postal address: without one
     * it is printed without address block.
     */
    public Optional<NotificationMode> channelFor(String email) {
        boolean hasEmail = email != null && !email.isBlank();
        return switch (this) {
            case EMAIL_AND_PAPER -> Optional.of(hasEmail ? NotificationMode.EMAIL : NotificationMode.LETTER);
            case EMAIL_ONLY -> hasEmail ? Optional.of(NotificationMode.EMAIL) : Optional.empty();
            case PAPER_ONLY -> Optional.of(NotificationMode.LETTER);
        };
    }

    public String label() {
        return label;
    }
}

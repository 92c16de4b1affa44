package org.scolarite.grant.entity;

/**
 * Where a grant application stands (R-BOURSE-2). The family moves its draft to « déposée »; the school alone moves a
 * submitted application on, « en instruction » then « accordée » or « refusée »; nothing ever goes back, so that a
 * decision the family was told of cannot silently change.
 */
public enum GrantStatus {
    DRAFT("Brouillon"),
    SUBMITTED("Déposée"),
    IN_REVIEW("En instruction"),
    GRANTED("Accordée"),
    REFUSED("Refusée");

    private final String label;

    GrantStatus(String label) {
        this.label = label;
    }

    /** The French label the family and the school see. */
    public String label() {
        return label;
    }

    /** The family's only move: it submits its draft. */
    public boolean familyMayMoveTo(GrantStatus target) {
        return this == DRAFT && target == SUBMITTED;
    }

    /** The school's moves: a submitted application goes under review, a reviewed one is granted or refused. */
    public boolean schoolMayMoveTo(GrantStatus target) {
        return (this == SUBMITTED && target == IN_REVIEW)
                || (this == IN_REVIEW && (target == GRANTED || target == REFUSED));
    }

    /** Granted or refused: the family is told (e-mail) and nothing changes any more. */
    public boolean isDecision() {
        return this == GRANTED || this == REFUSED;
    }
}

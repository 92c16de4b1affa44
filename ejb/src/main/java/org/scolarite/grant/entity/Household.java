package org.scolarite.grant.entity;

/**
 * Who the pupil lives with (« composition du foyer »): the resources counted are those of the guardians living with
 * him — both when they live together, one alone otherwise; another household (tutor, relatives) is described by the
 * person who has the pupil in charge.
 */
public enum Household {
    TWO_GUARDIANS("Les deux responsables vivent avec l’élève"),
    ONE_GUARDIAN("Un seul responsable vit avec l’élève"),
    OTHER("L’élève vit chez une autre personne qui en a la charge");

    private final String label;

    Household(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** A second guardian's name is asked only when both live with the pupil. */
    public boolean hasSecondGuardian() {
        return this == TWO_GUARDIANS;
    }
}

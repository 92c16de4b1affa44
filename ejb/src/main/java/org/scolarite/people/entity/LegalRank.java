package org.scolarite.people.entity;

/**
 * Place of a person in charge of a pupil: représentant légal 1, légal 2, or another person (contact, person in
 * charge). Only légal 1 and légal 2 get accounts (R-ACC-1).
 */
public enum LegalRank {
    FIRST, SECOND, OTHER;

    public boolean isLegal() {
        return this != OTHER;
    }
}

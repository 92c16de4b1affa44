package org.scolarite.account.entity;

/** R-ACC-4, R-ACC-5: the birth date typed at activation is not the one the school holds. */
public class BirthDateMismatch extends AccountRuleViolation {

    private static final long serialVersionUID = 1L;

    BirthDateMismatch() {
        super("La date de naissance saisie ne correspond pas à celle connue de l'établissement.");
    }
}

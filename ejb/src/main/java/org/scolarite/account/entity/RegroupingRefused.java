package org.scolarite.account.entity;

import jakarta.ejb.ApplicationException;

/**
 * R-PORTAL-8: a regrouping of accounts the rules refuse; nothing was changed (the transaction rolls back). The reason
 * says which French message to show next to the identifier field; a wrong identifier or password, an unknown
 * identifier, an account of another académie and an account that can no longer sign in all give
 * {@link Reason#WRONG_CREDENTIALS}, so that the answer never tells which identifiers exist.
 */
@ApplicationException(rollback = true)
public class RegroupingRefused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public enum Reason {
        WRONG_CREDENTIALS("Identifiant ou mot de passe incorrect."),
        SAME_ACCOUNT("C'est le compte avec lequel vous êtes connecté\u00a0: indiquez un autre de vos comptes."),
        STUDENT_ACCOUNT("C'est un compte élève\u00a0: seuls les comptes de responsable se regroupent."),
        CURRENT_NOT_GUARDIAN("Seul un compte de responsable peut regrouper des comptes."),
        OTHER_ACADEMY("Ce compte appartient à une autre académie\u00a0: les comptes ne se regroupent que dans une même académie."),
        NO_CHILD("Ce compte ne donne accès à aucun enfant\u00a0: il n'y a rien à regrouper."),
        /** The login throttle locks the identifier typed or the address (R-PORTAL-1): nothing is checked. */
        TOO_MANY_ATTEMPTS("Trop de tentatives erronées\u00a0: la vérification est suspendue pendant quelques minutes. "
                + "Réessayez plus tard.");

        private final String message;

        Reason(String message) {
            this.message = message;
        }

        public String message() {
            return message;
        }
    }

    private final Reason reason;

    public RegroupingRefused(Reason reason) {
        super(reason.message());
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}

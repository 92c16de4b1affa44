package org.scolarite.account.entity;

/**
 * What happened to an account, as listed in its notification history (R-IND-1). Sign-ins are not events: they only
 * move {@code lastAccessAt}, which is all the one-year expiry needs, and would otherwise flood the history.
 */
public enum AccountEventType {
    CREATED("Création"),
    NOTIFIED("Notification"),
    RENOTIFIED("Renotification"),
    PASSWORD_RESET("Notification avec réinitialisation du mot de passe"),
    ACTIVATED("Activation"),
    EMAIL_VALIDATED("Validation de l'adresse électronique"),
    EMAIL_CORRECTED("Correction de l'adresse électronique"),
    VALIDATION_SENT("Envoi du courriel d'activation"),
    /** A regrouped guardian's account stopped opening one child, who got an account of his own (R-IND-1). */
    CHILD_HANDED_OVER("Élève rattaché à un nouveau compte"),
    EXPIRED("Suppression pour expiration"),
    CONTINUED("Continuité d'accès (nouvelle année scolaire)"),
    TRANSFERRED("Continuité d'accès (changement d'établissement)"),
    CLOSED("Suppression");

    private final String label;

    AccountEventType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

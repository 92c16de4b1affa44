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
    CLOSED("Suppression"),
    /** R-PORTAL-4: the holder changed his password, giving the current one. */
    PASSWORD_CHANGED("Changement du mot de passe"),
    /** R-PORTAL-3: a password reset link was sent to the validated address. */
    RESET_LINK_SENT("Envoi d'un lien de réinitialisation du mot de passe"),
    /** R-PORTAL-3: the holder chose a new password through the reset link. */
    PASSWORD_RECOVERED("Nouveau mot de passe choisi par lien de réinitialisation"),
    /** R-PORTAL-4: the holder asked for a new address; it takes effect once validated. */
    EMAIL_CHANGE_ASKED("Demande de changement de l'adresse électronique"),
    /** R-PORTAL-4: the new address was validated and replaced the old one. */
    EMAIL_CHANGED("Changement de l'adresse électronique"),
    /** R-PORTAL-8: this account received the children of another account of the same guardian. */
    CHILDREN_RECEIVED("Regroupement : élèves rattachés à ce compte"),
    /** R-PORTAL-8: this account's children moved to another account, and this one was deleted. */
    MERGED_INTO("Regroupement : compte supprimé, élèves rattachés à un autre compte"),
    /** R-ACC-4/5: a first connection was refused because the birth date did not match the school's data. */
    BIRTH_DATE_REFUSED("Première connexion refusée (date de naissance erronée)");

    private final String label;

    AccountEventType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

package org.scolarite.account.entity;

/**
 * A link of an e-mail that cannot be used: unknown, already used or expired. One message whatever the reason, so that
 * the answer tells nothing about which tokens exist.
 */
public class InvalidLink extends AccountRuleViolation {

    private static final long serialVersionUID = 1L;

    static final String MESSAGE = "Ce lien n’est pas valide\u00a0: il a déjà servi, il a expiré (il est valable "
            + "3\u00a0mois) ou il est incomplet. Connectez-vous pour en demander un nouveau, ou contactez "
            + "l’établissement.";

    public InvalidLink() {
        super(MESSAGE);
    }
}

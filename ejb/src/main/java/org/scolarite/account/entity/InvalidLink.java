package org.scolarite.account.entity;

/**
 * A link of an e-mail that cannot be used: unknown, already used, expired, or meant for something else. One message
 * whatever the reason, so that the answer tells nothing about which tokens exist; when the link is a real one of ours,
 * the message names its validity and the next step for its purpose (the holder of the secret learns nothing new).
 */
public class InvalidLink extends AccountRuleViolation {

    private static final long serialVersionUID = 1L;

    static final String MESSAGE = "Ce lien n’est pas valide\u00a0: il a déjà servi, il a expiré (il est valable "
            + "3\u00a0mois) ou il est incomplet. Connectez-vous pour en demander un nouveau, ou contactez "
            + "l’établissement.";
    static final String RESET_MESSAGE = "Ce lien n’est pas valide\u00a0: il a déjà servi, il a expiré (il est valable "
            + "une semaine) ou il est incomplet. Demandez un nouveau lien depuis «\u00a0Mot de passe oublié\u00a0?\u00a0».";
    static final String CHANGE_EMAIL_MESSAGE = "Ce lien n’est pas valide\u00a0: il a déjà servi, il a été remplacé par "
            + "une demande plus récente, il a expiré (il est valable 3\u00a0mois) ou il est incomplet. Connectez-vous et "
            + "demandez à nouveau le changement d’adresse depuis «\u00a0Mon compte\u00a0».";

    /** The purpose the link was refused for; null when unknown (a forged or garbled link). */
    private final TokenPurpose purpose;

    public InvalidLink() {
        this(null);
    }

    public InvalidLink(TokenPurpose purpose) {
        super(purpose == TokenPurpose.RESET_PASSWORD ? RESET_MESSAGE
                : purpose == TokenPurpose.CHANGE_EMAIL ? CHANGE_EMAIL_MESSAGE : MESSAGE);
        this.purpose = purpose;
    }

    public TokenPurpose getPurpose() {
        return purpose;
    }
}

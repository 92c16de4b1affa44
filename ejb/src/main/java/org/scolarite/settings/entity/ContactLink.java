package org.scolarite.settings.entity;

import java.util.List;

/** Lien de contact (R-SET-5): whether families may write to the school, and to which of its mailboxes. */
public record ContactLink(boolean active, String mailbox) {

    public static ContactLink defaults() {
        return new ContactLink(false, null);
    }

    /** The mailbox must be one of the establishment's own addresses; an inactive link keeps the last choice. */
    public ContactLink validated(List<String> establishmentMailboxes) {
        if (establishmentMailboxes.isEmpty()) {
            throw new SettingRejected("mailbox",
                    "L’établissement n’a aucune adresse de messagerie dans SIECLE (module Commun, paramètres "
                            + "généraux)\u00a0: le lien de contact ne peut pas être paramétré.");
        }
        if (mailbox == null || !establishmentMailboxes.contains(mailbox)) {
            if (active) {
                throw new SettingRejected("mailbox", "Choisissez la boîte aux lettres qui recevra les messages.");
            }
            return new ContactLink(false, null);
        }
        return this;
    }
}

package org.scolarite.notification.entity;

/** Why an e-mail of the outbox is sent (R-MAIL-1); shown in the console, and part of nothing else. */
public enum MailKind {
    /** A notification of an account (identifier, activation) to a guardian or pupil. */
    NOTIFICATION,
    /** A message written by the school. */
    FREE_MESSAGE,
    /** A link that validates an e-mail address given on the portal. */
    VALIDATION_LINK,
    /** A link that lets a user choose a new password. */
    PASSWORD_RESET;

    /** Whether the message holds a secret (a temporary password, a personal link) that must not outlive its sending. */
    public boolean carriesSecret() {
        return this != FREE_MESSAGE;
    }
}

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
    PASSWORD_RESET,
    /** A forgotten identifier, sent to the account's validated address (R-PORTAL-3). */
    USERNAME_REMINDER,
    /** The notice sent to the old address when a family asks for a new one (R-PORTAL-4). */
    EMAIL_CHANGE_NOTICE,
    /** A family's message through the contact form, to the school or its copy to the family (R-PORTAL-7). */
    CONTACT_MESSAGE,
    /** The school's decision on a change of the information sheet, to the guardian who asked (R-FICHE-1). */
    INFO_SHEET_DECISION,
    /** A family's « Je n'inscris pas mon enfant », told to the collège (R-INSC-1). */
    ENROLMENT_REFUSAL,
    /** The school's decision on a family's grant application, « accordée » or « refusée » (R-BOURSE-2). */
    GRANT_DECISION;

    /** Whether the message holds a secret (a temporary password, a personal link) that must not outlive its sending. */
    public boolean carriesSecret() {
        return this != FREE_MESSAGE && this != EMAIL_CHANGE_NOTICE && this != CONTACT_MESSAGE
                && this != INFO_SHEET_DECISION && this != ENROLMENT_REFUSAL && this != GRANT_DECISION;
    }
}

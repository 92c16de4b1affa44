package org.scolarite.signin.boundary;

/** How a first connection ended (R-ACC-4, R-ACC-5). Form errors (password, e-mail) are exceptions instead. */
public enum ActivationOutcome {
    /** A pupil's account is « Utilisé ». */
    IN_USE,
    /** A guardian's account is « En cours d'activation »: the validation link was e-mailed. */
    AWAITING_VALIDATION,
    /** The birth date was wrong: recorded in the history and counted as a failed attempt; nothing else changed. */
    BIRTH_DATE_REFUSED,
    /** Too many failed attempts: refused unchecked until the throttle frees the identifier. */
    LOCKED
}

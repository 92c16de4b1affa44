package org.scolarite.account.entity;

import static org.scolarite.account.entity.AccountState.ACTIVATING;
import static org.scolarite.account.entity.AccountState.IN_USE;
import static org.scolarite.account.entity.AccountState.NOTIFIED;
import static org.scolarite.account.entity.AccountState.NOT_NOTIFIED;

import java.util.EnumSet;
import java.util.Set;

/**
 * The transition table of the account life cycle: each action and the states it may start from. {@link Account}
 * checks it before every change, so an action not listed here for a state throws {@link IllegalAccountTransition}.
 * Two changes are not in the table because they never refuse: expiry, asked of candidate accounts by the nightly job,
 * simply does nothing where it does not apply (R-ACC-6), and the replacement of an account by a new one (R-IND-1)
 * closes the old one whatever its state.
 */
public enum AccountAction {
    /** R-ACC-3, R-ACC-8: notify, or notify again. */
    NOTIFY("de notifier ce compte", EnumSet.of(NOT_NOTIFIED, NOTIFIED, ACTIVATING, IN_USE)),
    /** R-ACC-8: « renotifier et réinitialiser le mot de passe ». */
    NOTIFY_AND_RESET_PASSWORD("de notifier ce compte en réinitialisant son mot de passe",
            EnumSet.of(NOT_NOTIFIED, NOTIFIED, ACTIVATING, IN_USE)),
    /** R-ACC-4, R-ACC-5: first connection with the temporary password. */
    ACTIVATE("d'activer ce compte", EnumSet.of(NOTIFIED)),
    /** R-ACC-5: the validation link; also validates a pupil's optional e-mail once in use (R-ACC-4). */
    VALIDATE_EMAIL("de valider l'adresse électronique de ce compte", EnumSet.of(ACTIVATING, IN_USE)),
    /**
     * R-ACC-5, R-IND-1: the school corrects the address waiting for validation and sends the validation link again;
     * only while « En cours d'activation » (afterwards the holder changes his address himself, R-PORTAL-4).
     */
    CORRECT_EMAIL("de renvoyer le courriel d'activation de ce compte", EnumSet.of(ACTIVATING)),
    /** R-ACC-7: continuity of access into a new school year. */
    CONTINUE_INTO_NEW_YEAR("de reconduire ce compte pour la nouvelle année scolaire", EnumSet.of(IN_USE)),
    /** R-ACC-7: continuity of access when the pupil changes establishment in the académie. */
    TRANSFER("de transférer ce compte vers un autre établissement", EnumSet.of(IN_USE)),
    /** Signing in (any password) only moves the last access. */
    RECORD_LOGIN("de se connecter avec ce compte", EnumSet.of(NOTIFIED, ACTIVATING, IN_USE)),
    /**
     * R-PORTAL-4: the holder changes his chosen password, giving the current one; also while « En cours
     * d'activation » (he has chosen one already and may sign in).
     */
    CHANGE_PASSWORD("de changer le mot de passe de ce compte", EnumSet.of(ACTIVATING, IN_USE)),
    /**
     * R-PORTAL-3: « mot de passe oublié »: a reset link and a new password chosen through it; only once in use (the
     * address must have been validated, which a guardian's validation makes « Utilisé »).
     */
    RECOVER_PASSWORD("de réinitialiser le mot de passe de ce compte par lien", EnumSet.of(IN_USE)),
    /**
     * R-PORTAL-4: the holder asks for a new address and validates it; while « En cours d'activation » the address is
     * corrected instead ({@link #CORRECT_EMAIL}), since none is validated yet.
     */
    CHANGE_EMAIL("de changer l'adresse électronique de ce compte", EnumSet.of(IN_USE));

    private final String label;
    private final Set<AccountState> allowedFrom;

    AccountAction(String label, Set<AccountState> allowedFrom) {
        this.label = label;
        this.allowedFrom = allowedFrom;
    }

    /**
     * The action in French as the refusal message needs it, preposition and elision included: « Impossible
     * {@code d'activer ce compte} : il est à l'état … ».
     */
    public String label() {
        return label;
    }

    public boolean isAllowedFrom(AccountState state) {
        return allowedFrom.contains(state);
    }
}

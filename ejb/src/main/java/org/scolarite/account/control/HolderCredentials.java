package org.scolarite.account.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.scolarite.account.entity.Account;

/**
 * The one place where a logged-in holder's current password is checked again before a sensitive change of his own
 * account (R-PORTAL-4: new password, new address). One PBKDF2 verification each time, whatever the outcome, so that a
 * wrong password costs as much as a right one (about a fifth of a second: guessing through this form is as slow as
 * through the login). A login throttle (per account, per address) hooks here: a refusal is reported by
 * {@link #verify} returning false, and nothing else is said to the caller than « mot de passe actuel incorrect ».
 */
@ApplicationScoped
public class HolderCredentials {

    @Inject
    private PasswordHashing hashing;

    /** Whether {@code typed} is the account's chosen password; an account without one (never activated) never matches. */
    public boolean verify(Account account, char[] typed) {
        if (typed == null || typed.length == 0 || account.getPasswordHash() == null) {
            hashing.verifyAgainstDecoy(typed == null ? new char[0] : typed);
            return false;
        }
        return hashing.verify(typed, account.getPasswordHash());
    }

    public String hash(char[] password) {
        return hashing.hash(password);
    }
}

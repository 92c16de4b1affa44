package org.scolarite.account.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.scolarite.account.entity.Account;
import org.scolarite.account.entity.AccountState;

/**
 * The one place where an account's secrets are checked: at sign-in and when regrouping ({@link #opens}: the temporary
 * password while « Notifié », the chosen one otherwise), and when a logged-in holder gives his current password again
 * before a sensitive change of his own account ({@link #verify}, R-PORTAL-4). One PBKDF2 computation each time,
 * whatever the outcome, so that neither the answer nor its delay tells whether an identifier exists or which secret
 * was wrong. The callers count refusals in the login throttle.
 */
@ApplicationScoped
public class HolderCredentials {

    @Inject
    private PasswordHashing hashing;

    @Inject
    private TemporaryPasswordCipher cipher;

    /**
     * R-PORTAL-1, R-PORTAL-8: whether {@code typed} opens {@code account} (null when the identifier is unknown):
     * « Utilisé » and « En cours d'activation » accounts take the chosen password, « Notifié » ones the temporary
     * password (first connection, R-ACC-4/5); an account that cannot sign in opens with nothing.
     */
    public boolean opens(Account account, char[] typed) {
        if (account == null || !account.getState().allowsLogin()) {
            hashing.verifyAgainstDecoy(typed);
            return false;
        }
        if (account.getState() == AccountState.NOTIFIED) {
            hashing.verifyAgainstDecoy(typed);
            return account.hasTemporaryPassword() && cipher.matches(account.getEncryptedTemporaryPassword(), typed);
        }
        return hashing.verify(typed, account.getPasswordHash());
    }

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

package org.scolarite.signin.boundary;

import java.time.LocalDateTime;
import java.util.Optional;
import org.scolarite.account.boundary.AuthenticatedAccount;

/**
 * The answer to a sign-in: the account, or a refusal that says only whether the attempt was refused unchecked because
 * of the throttle ({@link #lockedUntil}) — never whether the identifier exists.
 */
public record SignInResult(Optional<AuthenticatedAccount> account, Optional<LocalDateTime> lockedUntil) {

    static SignInResult accepted(AuthenticatedAccount account) {
        return new SignInResult(Optional.of(account), Optional.empty());
    }

    static SignInResult refused() {
        return new SignInResult(Optional.empty(), Optional.empty());
    }

    static SignInResult locked(LocalDateTime until) {
        return new SignInResult(Optional.empty(), Optional.of(until));
    }

    public boolean isAccepted() {
        return account.isPresent();
    }

    public boolean isLocked() {
        return lockedUntil.isPresent();
    }
}

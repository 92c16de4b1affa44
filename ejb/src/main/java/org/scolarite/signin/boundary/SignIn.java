package org.scolarite.signin.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.util.Optional;
import org.scolarite.account.boundary.AccountService;
import org.scolarite.account.boundary.AuthenticatedAccount;

/**
 * R-PORTAL-1: a family signs in with identifier and password, under the throttle. A locked identifier or address is
 * refused before any password check (same answer whether the identifier exists); a wrong password is counted; a
 * success forgets the identifier's failures.
 */
@Stateless
public class SignIn {

    @Inject
    private AccountService accounts;

    @Inject
    private LoginThrottle throttle;

    public SignInResult signIn(String academyCode, String username, char[] password, String address) {
        Optional<LocalDateTime> locked = throttle.lockedUntil(username, address);
        if (locked.isPresent()) {
            return SignInResult.locked(locked.get());
        }
        Optional<AuthenticatedAccount> account = accounts.authenticate(academyCode, username, password);
        if (account.isEmpty()) {
            throttle.recordFailure(username, address);
            // The failure that reaches the limit already says so: the next attempt would be refused unchecked.
            return throttle.lockedUntil(username, address).map(SignInResult::locked).orElseGet(SignInResult::refused);
        }
        throttle.forgetFailures(username);
        return SignInResult.accepted(account.get());
    }
}

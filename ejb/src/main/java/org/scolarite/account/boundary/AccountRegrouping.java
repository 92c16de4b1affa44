package org.scolarite.account.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.scolarite.account.control.PasswordHashing;
import org.scolarite.account.control.HolderCredentials;
import org.scolarite.account.entity.Account;
import org.scolarite.account.entity.AccountMerge;
import org.scolarite.account.entity.RegroupingRefused.Reason;
import org.scolarite.account.entity.RegroupingRefused;
import org.scolarite.account.entity.Username;
import org.scolarite.signin.boundary.LoginThrottle;

/**
 * R-PORTAL-8 « Mon compte > Enfants > Regrouper des comptes »: the guardian signed in gives the identifier and the
 * password (temporary while « Notifié », chosen otherwise) of another of his accounts; its children move to the
 * account he is signed in with, which is kept, and the other one is deleted ({@link Account#absorb}). One transaction:
 * a refusal ({@link RegroupingRefused}) changes nothing.
 *
 * <p>No enumeration: an unknown identifier, an account of another académie (identifiers are looked up in the portal's
 * académie only), an account that cannot sign in and a wrong password all give {@link Reason#WRONG_CREDENTIALS} after
 * the same single PBKDF2 computation, exactly as {@link AccountService#authenticate} does. Each of them counts as a
 * failed credential check in the login throttle ({@link LoginThrottle}, per identifier typed and per client address),
 * and while the throttle locks either one, the password is not even checked: the regrouping form is no way around
 * the sign-in's lock-out.
 *
 * <p>Concurrency: once the password is checked (the costly part, done without any lock), both rows are locked and
 * read again (SELECT … FOR UPDATE, in id order so that two opposite regroupings cannot deadlock) before the merge;
 * a second submission of the same regrouping (double click, reload)
 * waits for the first, then finds the other account deleted into this one and answers the same success without
 * regrouping twice.
 */
@Stateless
public class AccountRegrouping {

    @PersistenceContext(unitName = "teleservices")
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private PasswordHashing hashing;

    @Inject
    private HolderCredentials credentials;

    @Inject
    private LoginThrottle throttle;

    /** {@code clientAddress}: where the request comes from, for the throttle's per-address count. */
    public RegroupingResult regroup(String academyCode, String currentUsername, String otherUsername,
                                    char[] otherPassword, String clientAddress) {
        long currentId = idOf(academyCode, currentUsername)
                .orElseThrow(() -> new RegroupingRefused(Reason.CURRENT_NOT_GUARDIAN));
        if (throttle.lockedUntil(otherUsername, clientAddress).isPresent()) {
            throw new RegroupingRefused(Reason.TOO_MANY_ATTEMPTS);
        }
        Optional<Long> otherId = idOf(academyCode, otherUsername);
        if (otherId.isEmpty()) {
            credentialsMatch(otherUsername, null, otherPassword, clientAddress);
            throw new RegroupingRefused(Reason.WRONG_CREDENTIALS);
        }
        Account current = em.find(Account.class, currentId);
        Account other = em.find(Account.class, otherId.get());
        if (other.wasMergedInto(current)) {
            hashing.verifyAgainstDecoy(otherPassword); // same cost as a check; not an attempt on a live account
            return repeated(current, other);
        }
        // The costly check first, without holding any lock, then both rows locked and read again.
        if (!credentialsMatch(otherUsername, other, otherPassword, clientAddress)) {
            throw new RegroupingRefused(Reason.WRONG_CREDENTIALS);
        }
        lockInIdOrder(current, other);
        if (other.wasMergedInto(current)) {
            return repeated(current, other); // a concurrent submission of the same regrouping got there first
        }
        AccountMerge merge = current.absorb(other, LocalDateTime.now(clock));
        merge.foldedAccesses().forEach(em::remove);
        // Links sent for the deleted account (e-mail validation, password reset) must lead nowhere.
        em.createQuery("DELETE FROM AccountToken t WHERE t.account = :account AND t.usedAt IS NULL")
                .setParameter("account", other).executeUpdate();
        return new RegroupingResult(merge.keptUsername(), merge.absorbedUsername(), merge.movedChildren(), false);
    }

    /**
     * The one place where a regrouping checks the other account's credentials, at the cost of one PBKDF2 computation
     * whatever the case (no account: the decoy; « Notifié »: the decoy, then the cheap comparison with the temporary
     * password; otherwise the chosen password's hash). Every false answer is a failed attempt on the identifier typed
     * ({@code typedUsername}, the account being null when it does not exist), counted by the login throttle of
     * R-PORTAL-1 in a transaction of its own, so that it stays counted when the refusal rolls this one back.
     */
    private boolean credentialsMatch(String typedUsername, Account account, char[] password, String clientAddress) {
        boolean matches = credentials.opens(account, password);
        if (!matches) {
            throttle.recordFailure(typedUsername, clientAddress);
        }
        return matches;
    }

    private Optional<Long> idOf(String academyCode, String username) {
        return Username.fromInput(username).flatMap(valid -> em.createQuery(
                        "SELECT a.id FROM Account a WHERE a.academy.code = :academy AND a.username = :username",
                        Long.class)
                .setParameter("academy", academyCode)
                .setParameter("username", valid)
                .getResultStream()
                .findFirst());
    }

    private void lockInIdOrder(Account a, Account b) {
        boolean aFirst = a.getId() <= b.getId();
        em.refresh(aFirst ? a : b, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(aFirst ? b : a, LockModeType.PESSIMISTIC_WRITE);
    }

    private static RegroupingResult repeated(Account current, Account other) {
        return new RegroupingResult(current.getUsername().value(), other.getUsername().value(), List.of(), true);
    }
}

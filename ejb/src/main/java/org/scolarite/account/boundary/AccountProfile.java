package org.scolarite.account.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;
import org.scolarite.account.control.HolderCredentials;
import org.scolarite.account.entity.Account;
import org.scolarite.account.entity.AccountRuleViolation;
import org.scolarite.account.entity.AccountToken;
import org.scolarite.account.entity.PasswordPolicy;
import org.scolarite.account.entity.TokenPurpose;
import org.scolarite.account.entity.Username;
import org.scolarite.signin.boundary.LoginThrottle;

/**
 * « Mon compte > Profil » of the logged-in holder (R-PORTAL-4). Every method names the account by the caller's
 * identifier in the portal's académie (the web layer passes the authenticated principal, never a parameter of the
 * request), so that nobody reaches another account's profile. Changes that matter ask for the current password again,
 * checked in one place ({@link HolderCredentials}); a wrong one is {@link WrongCurrentPassword} and nothing else.
 */
@Stateless
public class AccountProfile {

    @PersistenceContext(unitName = "teleservices")
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private HolderCredentials credentials;

    @Inject
    private LoginThrottle throttle;

    @Inject
    private EmailValidation validation;

    /** The profile as the page shows it. */
    public ProfileView profile(String academyCode, String username) {
        Account account = account(academyCode, username, false);
        LocalDateTime now = LocalDateTime.now(clock);
        String pending = em.createQuery("SELECT t FROM AccountToken t WHERE t.account = :a AND t.purpose = :p "
                        + "AND t.usedAt IS NULL AND t.expiresAt > :now ORDER BY t.createdAt DESC, t.id DESC",
                        AccountToken.class)
                .setParameter("a", account).setParameter("p", TokenPurpose.CHANGE_EMAIL).setParameter("now", now)
                .setMaxResults(1).getResultStream().findFirst().map(AccountToken::getEmail).orElse(null);
        return new ProfileView(account.getUsername().value(), account.getKind(), account.getState(),
                account.getEmail(), account.isEmailValidated(), pending);
    }

    /**
     * R-PORTAL-4: a new password, giving the current one; the new one follows the policy of R-PORTAL-2. Reset links
     * still pending are withdrawn: the holder evidently knows his password.
     */
    public void changePassword(String academyCode, String username, char[] currentPassword, char[] newPassword,
                               String clientAddress) {
        Account account = account(academyCode, username, true);
        requireCurrentPassword(account, currentPassword, clientAddress);
        PasswordPolicy.requireAcceptable(newPassword);
        LocalDateTime now = LocalDateTime.now(clock);
        account.changePassword(credentials.hash(newPassword), now);
        em.createQuery("SELECT t FROM AccountToken t WHERE t.account = :a AND t.purpose = :p AND t.usedAt IS NULL",
                        AccountToken.class)
                .setParameter("a", account).setParameter("p", TokenPurpose.RESET_PASSWORD)
                .getResultList().forEach(token -> token.revoke(now));
    }

    /**
     * R-PORTAL-4: a new address (or a pupil's first one, R-ACC-4), giving the current password. The history records the
     * request (EMAIL_CHANGE_ASKED); a validation link goes to the new address and a notice to the old validated one, in
     * this transaction; the address changes only when the link is followed ({@link EmailValidation#validate}).
     * Returns the new address as it will be stored.
     */
    public String askEmailChange(String academyCode, String username, char[] currentPassword, String newEmail,
                                 String clientAddress) {
        Account account = account(academyCode, username, true);
        requireCurrentPassword(account, currentPassword, clientAddress);
        String checked = account.askEmailChange(newEmail, LocalDateTime.now(clock));
        validation.issueEmailChange(account.getId(), checked, PasswordRecovery.establishmentOf(account));
        return checked;
    }

    /** R-PORTAL-4 « renvoyer le courriel de validation » while the account's address is not validated. */
    public void resendValidation(String academyCode, String username) {
        Account account = account(academyCode, username, true);
        validation.issue(account.getId(), PasswordRecovery.establishmentOf(account), account.getUsername().value());
    }

    /**
     * The current password, checked like a sign-in (R-PORTAL-1): a wrong one counts in the login throttle, in a
     * transaction of its own, and while the throttle locks the account's identifier or the address nothing is checked —
     * a stolen session is no way to guess the password unthrottled, then take the account over.
     */
    private void requireCurrentPassword(Account account, char[] typed, String clientAddress) {
        String identifier = account.getUsername().value();
        if (throttle.lockedUntil(identifier, clientAddress).isPresent()) {
            throw new AccountRuleViolation("Trop de tentatives erronées\u00a0: la vérification du mot de passe est "
                    + "suspendue pendant quelques minutes. Réessayez plus tard.");
        }
        if (!credentials.verify(account, typed)) {
            throttle.recordFailure(identifier, clientAddress);
            throw new WrongCurrentPassword();
        }
    }

    private Account account(String academyCode, String username, boolean lock) {
        Username valid = Username.fromInput(username)
                .orElseThrow(() -> new AccountRuleViolation("Compte introuvable."));
        return em.createQuery("SELECT a FROM Account a WHERE a.academy.code = :academy AND a.username = :username",
                        Account.class)
                .setParameter("academy", academyCode).setParameter("username", valid)
                .setLockMode(lock ? LockModeType.PESSIMISTIC_WRITE : LockModeType.NONE)
                .getResultStream().findFirst()
                .orElseThrow(() -> new AccountRuleViolation("Compte introuvable."));
    }
}

package org.scolarite.signin.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.scolarite.account.boundary.AccountService;
import org.scolarite.account.boundary.EmailValidation;
import org.scolarite.account.entity.Account;
import org.scolarite.account.entity.AccountKind;
import org.scolarite.account.entity.AccountRuleViolation;
import org.scolarite.account.entity.AccountState;
import org.scolarite.account.entity.PasswordPolicy;

/**
 * The first connection of a family (R-PORTAL-2, R-ACC-4, R-ACC-5) and the « renvoyer le lien » page of a guardian
 * whose address awaits validation. The caller is the portal, for the signed-in identifier: the sign-in with the
 * temporary password is the proof the guides' form relies on (it does not ask that password again).
 */
@Stateless
public class FirstConnection {

    @PersistenceContext(unitName = "teleservices")
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private AccountService accounts;

    @Inject
    private EmailValidation validation;

    @Inject
    private LoginThrottle throttle;

    /** The signed-in account as the pages show it. */
    public FirstConnectionView view(String academyCode, String username) {
        Account account = account(academyCode, username, false);
        String email = account.getEmail();
        if (email == null && account.getKind() == AccountKind.GUARDIAN) {
            email = account.getGuardian().getEmail();
        }
        return new FirstConnectionView(account.getUsername().value(), account.getKind(), account.getState(), email);
    }

    /** The account's state now: the portal's gate asks it until the account is « Utilisé ». */
    public AccountState state(String academyCode, String username) {
        return account(academyCode, username, false).getState();
    }

    /**
     * Activates the signed-in « Notifié » account: checks the chosen password against the policy (a refusal is
     * {@code PasswordRejected}, nothing counted), then the birth date — a wrong one is recorded in the account's history
     * ({@code BIRTH_DATE_REFUSED}) and counted by the throttle, and nothing else changes —, then activates: a pupil
     * becomes « Utilisé » (a validation link goes to his optional e-mail), a guardian « En cours d'activation » with the
     * link e-mailed to his mandatory address. The link and its e-mail are committed with the activation (R-MAIL-1).
     *
     * @param email optional for a pupil, mandatory for a guardian ({@code InvalidEmailAddress} otherwise)
     * @param address the client's address, for the throttle
     */
    public ActivationOutcome activate(String academyCode, String username, LocalDate birthDate, char[] newPassword,
                                      String email, String address) {
        if (throttle.lockedUntil(username, address).isPresent()) {
            return ActivationOutcome.LOCKED;
        }
        PasswordPolicy.requireAcceptable(newPassword);
        Account account = account(academyCode, username, true);
        LocalDateTime now = LocalDateTime.now(clock);
        if (!account.acceptsBirthDate(birthDate, now.toLocalDate())) {
            account.refuseBirthDate(now);
            throttle.recordFailure(username, address);
            return throttle.lockedUntil(username, address).isPresent() ? ActivationOutcome.LOCKED
                    : ActivationOutcome.BIRTH_DATE_REFUSED;
        }
        String given = email == null || email.isBlank() ? null : email.strip();
        if (account.getKind() == AccountKind.STUDENT) {
            accounts.activateStudent(account.getId(), birthDate, newPassword, given);
        } else {
            accounts.activateGuardian(account.getId(), birthDate, given, newPassword);
        }
        throttle.forgetFailures(username);
        if (account.getEmail() != null) {
            validation.issue(account.getId(), establishmentId(account), account.getUsername().value());
        }
        return account.getKind() == AccountKind.STUDENT ? ActivationOutcome.IN_USE
                : ActivationOutcome.AWAITING_VALIDATION;
    }

    /**
     * R-ACC-5: the guardian « En cours d'activation » asks for the link again, to the address shown or to a corrected
     * one ({@code Account.correctEmail}): a new link goes there; links sent to a previous address stop working, since
     * a link only validates the address it was sent to. Returns the address the link went to.
     */
    public String resendValidation(String academyCode, String username, String email) {
        Account account = account(academyCode, username, true);
        if (account.getState() != AccountState.ACTIVATING) {
            throw new AccountRuleViolation("Votre adresse électronique est déjà validée : vous pouvez utiliser les "
                    + "services en ligne.");
        }
        account.correctEmail(email, LocalDateTime.now(clock), account.getUsername().value());
        validation.issue(account.getId(), establishmentId(account), account.getUsername().value());
        return account.getEmail();
    }

    private Account account(String academyCode, String username, boolean lock) {
        Account found = accounts.findByUsername(academyCode, username)
                .orElseThrow(() -> new IllegalArgumentException("Compte introuvable"));
        return lock ? em.find(Account.class, found.getId(), LockModeType.PESSIMISTIC_WRITE) : found;
    }

    private static Long establishmentId(Account account) {
        return account.getKind() == AccountKind.STUDENT ? account.getStudent().getEstablishment().getId()
                : account.getGuardian().getEstablishment().getId();
    }
}

package org.scolarite.account.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import org.scolarite.account.control.SelfServiceMail;
import org.scolarite.account.entity.Account;
import org.scolarite.account.entity.AccountAction;
import org.scolarite.account.entity.AccountState;
import org.scolarite.account.entity.AccountToken;
import org.scolarite.account.entity.InvalidLink;
import org.scolarite.account.entity.TokenPurpose;
import org.scolarite.notification.boundary.Outbox;
import org.scolarite.notification.entity.MailKind;

/**
 * The links that validate an address (R-ACC-5, R-PORTAL-4), both opened by the portal's public page
 * {@code validation.xhtml?token=…}:
 * <ul>
 * <li>{@link #issue}: the first validation of the account's address (guardian's activation, pupil's optional address),
 * a single-use token valid 3 months ({@link TokenPurpose#VALIDATE_EMAIL});</li>
 * <li>{@link #issueEmailChange}: a new address asked from « Mon compte » ({@link TokenPurpose#CHANGE_EMAIL}, 3 months):
 * the link goes to the new address, a notice (no link) to the old validated one, and the account keeps its old
 * address until the link is followed;</li>
 * <li>{@link #validate}: spends either kind and says what it did.</li>
 * </ul>
 * Tokens are stored as their SHA-256 only; each e-mail is queued in the caller's transaction (R-MAIL-1), under a key
 * naming the token, so that each issue is exactly one e-mail.
 */
@Stateless
public class EmailValidation {

    /** The portal's public page that receives the link. */
    static final String PAGE = "validation.xhtml?token=";

    @PersistenceContext(unitName = "teleservices")
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private Outbox outbox;

    private final SecureRandom random = new SecureRandom();

    /**
     * Sends a validation link to the account's current e-mail, in the caller's transaction: the link, its history line
     * and the e-mail are committed together or not at all. The e-mail's key is the token: each issue is one e-mail.
     * Refused unless an address awaits validation (« En cours d'activation », or a pupil's unvalidated address).
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void issue(long accountId, Long establishmentId, String actor) {
        Account account = em.find(Account.class, accountId);
        LocalDateTime now = LocalDateTime.now(clock);
        account.recordValidationSent(now, actor);
        AccountToken.Issued issued = AccountToken.issue(account, TokenPurpose.VALIDATE_EMAIL, account.getEmail(), now,
                random);
        em.persist(issued.token());
        em.flush();
        String link = portal(account) + PAGE + issued.secret();
        String username = account.getUsername().value();
        String purpose = account.getState() == AccountState.ACTIVATING
                ? "Pour terminer l’activation de votre compte " + username + " sur Scolarité services, validez votre "
                        + "adresse électronique en ouvrant ce lien (valable 3\u00a0mois, une seule fois)\u00a0:"
                : "Pour valider l’adresse électronique de votre compte " + username + " sur Scolarité services, "
                        + "ouvrez ce lien (valable 3\u00a0mois, une seule fois)\u00a0:";
        SelfServiceMail mail = SelfServiceMail.of("Validez votre adresse électronique",
                List.of("Bonjour,", purpose, "Si vous n’avez pas demandé ce compte, ignorez ce message."), link, 2,
                List.of());
        outbox.enqueue("validate:account" + accountId + ":token" + issued.token().getId(), establishmentId,
                account.getEmail(), mail.subject(), mail.html(), mail.text(), MailKind.VALIDATION_LINK, actor);
    }

    /**
     * R-PORTAL-4: the holder asked for {@code newEmail} (already checked by {@link Account#askEmailChange}). Earlier
     * change links still unused are withdrawn (only the latest request counts); a new one goes to the new address, and
     * the old address, when it was validated, is told of the request without any link (so that the real holder notices
     * a change he did not ask for). All in the caller's transaction.
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void issueEmailChange(long accountId, String newEmail, Long establishmentId) {
        Account account = em.find(Account.class, accountId);
        LocalDateTime now = LocalDateTime.now(clock);
        String username = account.getUsername().value();
        pending(account, TokenPurpose.CHANGE_EMAIL).forEach(token -> token.revoke(now));
        AccountToken.Issued issued = AccountToken.issue(account, TokenPurpose.CHANGE_EMAIL, newEmail, now, random);
        em.persist(issued.token());
        em.flush();
        String link = portal(account) + PAGE + issued.secret();
        SelfServiceMail change = SelfServiceMail.of("Confirmez votre nouvelle adresse électronique",
                List.of("Bonjour,", "Vous avez demandé que cette adresse devienne celle de votre compte " + username
                                + " sur Scolarité services. Pour confirmer, ouvrez ce lien (valable 3\u00a0mois, une "
                                + "seule fois)\u00a0:",
                        "Tant que vous ne l’avez pas ouvert, votre compte garde son adresse actuelle.",
                        "Si vous n’êtes pas à l’origine de cette demande, ignorez ce message."), link, 2, List.of());
        String key = "email-change:account" + accountId + ":token" + issued.token().getId();
        outbox.enqueue(key, establishmentId, newEmail, change.subject(), change.html(), change.text(),
                MailKind.VALIDATION_LINK, username);
        if (account.hasValidatedEmail()) {
            SelfServiceMail notice = SelfServiceMail.of("Demande de changement de votre adresse électronique",
                    List.of("Bonjour,", "Une demande de changement de l’adresse électronique de votre compte "
                                    + username + " sur Scolarité services a été faite depuis «\u00a0Mon compte\u00a0». "
                                    + "La nouvelle adresse remplacera celle-ci quand son titulaire l’aura confirmée.",
                            "Si vous n’êtes pas à l’origine de cette demande, connectez-vous et changez votre mot de "
                                    + "passe, ou contactez l’établissement."), null, 0, List.of());
            outbox.enqueue(key + ":notice", establishmentId, account.getEmail(), notice.subject(), notice.html(),
                    notice.text(), MailKind.EMAIL_CHANGE_NOTICE, username);
        }
    }

    /**
     * R-ACC-5, R-PORTAL-4: the holder followed a link. A first validation validates the account's address (« En cours
     * d'activation » → « Utilisé »); a change link makes the new address the account's, validated, and withdraws the
     * other links still pending for the old one. Refused with {@link InvalidLink} whether the token is unknown, used,
     * expired, meant for something else (a password reset), or no longer matches the account (address corrected or
     * validated since); the message names the link's validity when it is one of ours. The holder is the actor.
     */
    public ValidatedEmail validate(String secret) {
        String hash = AccountToken.hash(secret);
        if (hash == null) {
            throw new InvalidLink();
        }
        AccountToken token = em.createQuery("SELECT t FROM AccountToken t WHERE t.tokenHash = :h", AccountToken.class)
                .setParameter("h", hash)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst()
                .orElseThrow(InvalidLink::new);
        Account account = token.getAccount();
        LocalDateTime now = LocalDateTime.now(clock);
        if (token.getPurpose() == TokenPurpose.CHANGE_EMAIL) {
            if (!AccountAction.CHANGE_EMAIL.isAllowedFrom(account.getState()) || token.getEmail() == null) {
                throw new InvalidLink(TokenPurpose.CHANGE_EMAIL);
            }
            token.useFor(TokenPurpose.CHANGE_EMAIL, now);
            account.changeEmail(token.getEmail(), now);
            pending(account, TokenPurpose.CHANGE_EMAIL).forEach(other -> other.revoke(now));
            pending(account, TokenPurpose.VALIDATE_EMAIL).forEach(other -> other.revoke(now));
            return result(TokenPurpose.CHANGE_EMAIL, account);
        }
        if (token.getPurpose() != TokenPurpose.VALIDATE_EMAIL) {
            throw new InvalidLink();
        }
        if (!AccountAction.VALIDATE_EMAIL.isAllowedFrom(account.getState())
                || account.isEmailValidated() || account.getEmail() == null
                || !account.getEmail().equalsIgnoreCase(token.getEmail())) {
            throw new InvalidLink(TokenPurpose.VALIDATE_EMAIL);
        }
        token.useFor(TokenPurpose.VALIDATE_EMAIL, now);
        account.validateEmail(now, account.getUsername().value());
        return result(TokenPurpose.VALIDATE_EMAIL, account);
    }

    /** The account's links of {@code purpose} not used yet (expired ones included: revoking them is harmless). */
    private List<AccountToken> pending(Account account, TokenPurpose purpose) {
        return em.createQuery("SELECT t FROM AccountToken t WHERE t.account = :a AND t.purpose = :p "
                        + "AND t.usedAt IS NULL", AccountToken.class)
                .setParameter("a", account).setParameter("p", purpose).getResultList();
    }

    private static ValidatedEmail result(TokenPurpose purpose, Account account) {
        return new ValidatedEmail(purpose, account.getUsername().value(), account.getEmail(), account.getState());
    }

    /** The académie's portal address, with its closing slash. */
    static String portal(Account account) {
        String url = account.getAcademy().getPortalUrl();
        return url.endsWith("/") ? url : url + "/";
    }
}

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
import org.scolarite.account.entity.Account;
import org.scolarite.account.entity.AccountAction;
import org.scolarite.account.entity.AccountToken;
import org.scolarite.account.entity.InvalidLink;
import org.scolarite.account.entity.TokenPurpose;
import org.scolarite.notification.boundary.Outbox;
import org.scolarite.notification.control.MailText;
import org.scolarite.notification.entity.MailKind;

/**
 * The e-mail validation link (R-ACC-5): {@link #issue} draws a single-use token valid 3 months, stores its hash and
 * queues the e-mail carrying the link to the académie's portal in the caller's transaction (R-MAIL-1);
 * {@link #validate} spends it and validates the account's address (« En cours d'activation » → « Utilisé »).
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
        String link = portal(account.getAcademy().getPortalUrl()) + PAGE + issued.secret();
        String username = account.getUsername().value();
        String html = "<!DOCTYPE html><html lang=\"fr\"><head><meta charset=\"UTF-8\"><title>Scolarité services</title>"
                + "</head><body style=\"font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#1e1e1e\">"
                + "<p>Bonjour,</p><p>Pour terminer l’activation de votre compte <strong>" + MailText.escape(username)
                + "</strong> sur Scolarité services, validez votre adresse électronique en ouvrant ce lien (valable "
                + "3\u00a0mois, une seule fois)\u00a0:</p><p><a href=\"" + MailText.escape(link) + "\">"
                + MailText.escape(link) + "</a></p><p>Si vous n’avez pas demandé ce compte, ignorez ce message.</p>"
                + "</body></html>";
        String text = "Bonjour,\n\nPour terminer l’activation de votre compte " + username + " sur Scolarité services, "
                + "validez votre adresse électronique en ouvrant ce lien (valable 3\u00a0mois, une seule fois)\u00a0:\n\n"
                + link + "\n\nSi vous n’avez pas demandé ce compte, ignorez ce message.\n";
        outbox.enqueue("validate:account" + accountId + ":token" + issued.token().getId(), establishmentId,
                account.getEmail(), "Validez votre adresse électronique – Scolarité services", html, text,
                MailKind.VALIDATION_LINK, actor);
    }

    /**
     * R-ACC-5: the holder followed the link. Refused with one message ({@link InvalidLink}) whether the token is
     * unknown, used, expired, or sent to an address the account no longer has; the account must still be waiting for
     * a validation. The holder is recorded as the actor.
     */
    public void validate(String secret) {
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
        if (token.getPurpose() != TokenPurpose.VALIDATE_EMAIL
                || !AccountAction.VALIDATE_EMAIL.isAllowedFrom(account.getState())
                || account.isEmailValidated() || account.getEmail() == null
                || !account.getEmail().equalsIgnoreCase(token.getEmail())) {
            throw new InvalidLink();
        }
        LocalDateTime now = LocalDateTime.now(clock);
        token.use(now);
        account.validateEmail(now, account.getUsername().value());
    }

    private static String portal(String url) {
        return url.endsWith("/") ? url : url + "/";
    }
}

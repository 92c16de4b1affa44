package org.scolarite.account.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.scolarite.account.control.HolderCredentials;
import org.scolarite.account.control.SelfServiceMail;
import org.scolarite.account.entity.Account;
import org.scolarite.account.entity.AccountKind;
import org.scolarite.account.entity.AccountState;
import org.scolarite.account.entity.AccountToken;
import org.scolarite.account.entity.InvalidLink;
import org.scolarite.account.entity.PasswordPolicy;
import org.scolarite.account.entity.TokenPurpose;
import org.scolarite.account.entity.Username;
import org.scolarite.notification.boundary.Outbox;
import org.scolarite.notification.entity.MailKind;

/**
 * Self-service recovery on the portal (R-PORTAL-3), before any login:
 * <ul>
 * <li>{@link #remindUsernames}: « identifiant oublié » — the identifiers of the accounts whose <em>validated</em>
 * address is the one typed, sent there in one e-mail;</li>
 * <li>{@link #sendResetLink}: « mot de passe oublié » — a reset link valid one week, single use, sent to the account's
 * validated address;</li>
 * <li>{@link #checkResetLink} and {@link #resetPassword}: the page the link opens, and the new password chosen there
 * (the link is spent only then).</li>
 * </ul>
 * The first two return nothing and throw nothing for what the user typed: the portal answers the same sentence whether
 * an account matched, did not exist, had no validated address, or was asked for too often (no enumeration). Their cost
 * is one indexed query either way; the matching case adds a few inserts, below what a network round trip varies.
 */
@Stateless
public class PasswordRecovery {

    /** Identifiers in the académie's portal, for the « actor » column of a history line written by a stranger. */
    static final String ACTOR = "portail (mot de passe oublié)";
    /** The portal's public page that receives the reset link. */
    static final String RESET_PAGE = "reset-password.xhtml?token=";
    /** R-PORTAL-3: at most one identifier reminder per address in each slot of this many minutes (mail-bombing). */
    static final int REMINDER_SLOT_MINUTES = 15;

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final int EMAIL_MAX_LENGTH = 254;

    @PersistenceContext(unitName = "teleservices")
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private Outbox outbox;

    @Inject
    private HolderCredentials credentials;

    private final SecureRandom random = new SecureRandom();

    /**
     * R-PORTAL-3 « identifiant oublié »: when {@code typedEmail} is the validated address of accounts « Utilisé » of the
     * académie, one e-mail to that address lists their identifiers (a guardian with one account per child, a pupil and
     * his parent sharing a mailbox). At most one such e-mail per address every {@value #REMINDER_SLOT_MINUTES} minutes:
     * the outbox's unique key, made of the address's hash and the time slot, drops the next ones.
     */
    public void remindUsernames(String academyCode, String typedEmail) {
        Optional<String> email = normalisedEmail(typedEmail);
        if (email.isEmpty()) {
            return;
        }
        List<Account> accounts = em.createQuery("SELECT a FROM Account a WHERE a.academy.code = :academy "
                        + "AND LOWER(a.email) = :email AND a.emailValidated = TRUE AND a.state = :inUse "
                        + "ORDER BY a.username", Account.class)
                .setParameter("academy", academyCode)
                .setParameter("email", email.get())
                .setParameter("inUse", AccountState.IN_USE)
                .getResultList();
        if (accounts.isEmpty()) {
            return;
        }
        LocalDateTime now = LocalDateTime.now(clock);
        List<String> usernames = accounts.stream().map(a -> a.getUsername().value()).toList();
        String recipient = accounts.get(0).getEmail();
        SelfServiceMail mail = SelfServiceMail.of("Votre identifiant",
                List.of(usernames.size() == 1
                                ? "Bonjour, voici l’identifiant du compte Scolarité services associé à cette adresse\u00a0:"
                                : "Bonjour, voici les identifiants des comptes Scolarité services associés à cette "
                                        + "adresse\u00a0:",
                        "Connectez-vous avec l’identifiant et votre mot de passe. Mot de passe oublié\u00a0? Utilisez le "
                                + "lien «\u00a0Mot de passe oublié\u00a0?\u00a0» de la page de connexion\u00a0:",
                        "Si vous n’avez rien demandé, ignorez ce message\u00a0: personne d’autre ne l’a reçu."),
                EmailValidation.portal(accounts.get(0)), 2, usernames);
        long slot = now.truncatedTo(ChronoUnit.MINUTES).getMinute() / REMINDER_SLOT_MINUTES;
        String key = "username-reminder:" + sha256(email.get()) + ":"
                + now.truncatedTo(ChronoUnit.HOURS) + "/" + slot;
        outbox.enqueue(key, establishmentOf(accounts.get(0)), recipient, mail.subject(), mail.html(), mail.text(),
                MailKind.USERNAME_REMINDER, ACTOR);
    }

    /**
     * R-PORTAL-3 « mot de passe oublié »: when {@code typedUsername} names an account « Utilisé » of the académie with a
     * validated address, and no link was sent to it in the last minutes ({@link Account#mayReceiveResetLink}), a reset
     * link valid one week goes to that address and the history says so (RESET_LINK_SENT). Otherwise nothing happens,
     * silently. The account row is locked so that two simultaneous requests send one link.
     */
    public void sendResetLink(String academyCode, String typedUsername) {
        Optional<Username> username = Username.fromInput(typedUsername);
        if (username.isEmpty()) {
            return;
        }
        Optional<Account> found = em.createQuery("SELECT a FROM Account a WHERE a.academy.code = :academy "
                        + "AND a.username = :username", Account.class)
                .setParameter("academy", academyCode)
                .setParameter("username", username.get())
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst();
        LocalDateTime now = LocalDateTime.now(clock);
        if (found.isEmpty() || !found.get().mayReceiveResetLink(now)) {
            return;
        }
        Account account = found.get();
        account.recordResetLinkSent(now, ACTOR);
        AccountToken.Issued issued = AccountToken.issue(account, TokenPurpose.RESET_PASSWORD, account.getEmail(), now,
                random);
        em.persist(issued.token());
        em.flush();
        String link = EmailValidation.portal(account) + RESET_PAGE + issued.secret();
        SelfServiceMail mail = SelfServiceMail.of("Choisissez un nouveau mot de passe",
                List.of("Bonjour,", "Une demande de nouveau mot de passe a été faite pour votre compte "
                                + account.getUsername().value() + " sur Scolarité services. Pour choisir un nouveau "
                                + "mot de passe, ouvrez ce lien (valable une semaine, une seule fois)\u00a0:",
                        "Votre mot de passe actuel reste valable tant que vous n’en avez pas choisi un autre.",
                        "Si vous n’êtes pas à l’origine de cette demande, ignorez ce message."), link, 2, List.of());
        outbox.enqueue("reset:account" + account.getId() + ":token" + issued.token().getId(), establishmentOf(account),
                account.getEmail(), mail.subject(), mail.html(), mail.text(), MailKind.PASSWORD_RESET, ACTOR);
    }

    /**
     * R-PORTAL-3: the page opened by the link shows its form only for a link that still works; returns the identifier
     * it is for (the form recalls it). Spends nothing. {@link InvalidLink} otherwise.
     */
    public String checkResetLink(String secret) {
        return usableResetToken(secret, false).getAccount().getUsername().value();
    }

    /**
     * R-PORTAL-3: the new password chosen through the link: checked against the policy (R-PORTAL-2, the rule shown on
     * the form; a refusal leaves the link usable), then the link is spent, the password replaced (PASSWORD_RECOVERED)
     * and any other reset link still pending withdrawn. Returns the identifier, for the sign-in that follows.
     */
    public String resetPassword(String secret, char[] newPassword) {
        AccountToken token = usableResetToken(secret, true);
        PasswordPolicy.requireAcceptable(newPassword);
        LocalDateTime now = LocalDateTime.now(clock);
        token.useFor(TokenPurpose.RESET_PASSWORD, now);
        Account account = token.getAccount();
        account.recoverPassword(credentials.hash(newPassword), now);
        em.createQuery("SELECT t FROM AccountToken t WHERE t.account = :a AND t.purpose = :p AND t.usedAt IS NULL",
                        AccountToken.class)
                .setParameter("a", account).setParameter("p", TokenPurpose.RESET_PASSWORD)
                .getResultList().forEach(other -> other.revoke(now));
        return account.getUsername().value();
    }

    /**
     * The reset token of {@code secret} when it can still be used: right purpose, unused, before expiry, for an account
     * still « Utilisé » whose validated address is still the one the link went to. One refusal for every other case.
     */
    private AccountToken usableResetToken(String secret, boolean lock) {
        String hash = AccountToken.hash(secret);
        if (hash == null) {
            throw new InvalidLink(TokenPurpose.RESET_PASSWORD);
        }
        AccountToken token = em.createQuery("SELECT t FROM AccountToken t WHERE t.tokenHash = :h", AccountToken.class)
                .setParameter("h", hash)
                .setLockMode(lock ? LockModeType.PESSIMISTIC_WRITE : LockModeType.NONE)
                .getResultStream().findFirst()
                .orElseThrow(() -> new InvalidLink(TokenPurpose.RESET_PASSWORD));
        Account account = token.getAccount();
        if (!token.isUsableFor(TokenPurpose.RESET_PASSWORD, LocalDateTime.now(clock))
                || !account.allowsSelfServiceRecovery() || !account.getEmail().equalsIgnoreCase(token.getEmail())) {
            throw new InvalidLink(TokenPurpose.RESET_PASSWORD);
        }
        return token;
    }

    /** What the user typed as an address, trimmed and in lower case; empty when it cannot be one. */
    static Optional<String> normalisedEmail(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String value = typed.strip().toLowerCase(Locale.ROOT);
        return value.length() <= EMAIL_MAX_LENGTH && EMAIL.matcher(value).matches() ? Optional.of(value)
                : Optional.empty();
    }

    /** The establishment whose outbox lists the e-mail: the pupil's, or the guardian's record's. */
    static Long establishmentOf(Account account) {
        return account.getKind() == AccountKind.STUDENT ? account.getStudent().getEstablishment().getId()
                : account.getGuardian().getEstablishment().getId();
    }

    /** The address in the outbox key as a hash: the key is not a place to keep addresses in clear. */
    private static String sha256(String value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}

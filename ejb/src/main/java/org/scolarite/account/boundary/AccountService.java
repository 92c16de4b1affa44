package org.scolarite.account.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.scolarite.account.control.HolderCredentials;
import org.scolarite.account.control.PasswordHashing;
import org.scolarite.account.control.TemporaryPasswordCipher;
import org.scolarite.account.control.UsernameAllocator;
import org.scolarite.account.entity.Account;
import org.scolarite.account.entity.AccountKind;
import org.scolarite.account.entity.AccountRuleViolation;
import org.scolarite.account.entity.AccountState;
import org.scolarite.account.entity.IssuedNotification;
import org.scolarite.account.entity.NotificationMode;
import org.scolarite.account.entity.PasswordPolicy;
import org.scolarite.account.entity.TemporaryPassword;
import org.scolarite.account.entity.Username;
import org.scolarite.people.entity.Guardian;
import org.scolarite.people.entity.GuardianLink;
import org.scolarite.people.entity.Student;
import org.scolarite.structure.entity.Establishment;
import org.scolarite.structure.entity.SchoolYear;

/**
 * The account life cycle's entry points for the consoles, the portal and the batch jobs (SPEC §4). Each method loads,
 * asks the {@link Account} to apply its rule, and lets the transaction store the result; the rules themselves live in
 * the entity. Secrets are handled here: temporary passwords are drawn and encrypted, chosen passwords checked against
 * the policy and hashed, before the entity sees them.
 */
@Stateless
public class AccountService {

    /** Accounts changed per flush by the bulk rules, so that memory stays flat whatever the académie's size. */
    private static final int PAGE_SIZE = 500;
    /**
     * The expiry query selects accounts a few days early: {@code plusMonths}/{@code plusYears} clamp to the end of the
     * month (30 November + 3 months = 28 February), which no date arithmetic in SQL reproduces portably. The entity then
     * decides to the day; three days cover the largest clamp (31 → 28).
     */
    private static final int CANDIDATE_MARGIN_DAYS = 3;

    @PersistenceContext(unitName = "teleservices")
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private UsernameAllocator usernames;

    @Inject
    private PasswordHashing hashing;

    @Inject
    private TemporaryPasswordCipher cipher;

    @Inject
    private HolderCredentials credentials;

    private final SecureRandom random = new SecureRandom();

    /**
     * R-ACC-1: the pupil's account, pre-created « Non notifié » unless he already has one. A deleted one counts: the
     * school replaces it on purpose ({@link #replaceAccount}), the nightly pre-creation does not.
     */
    public long preCreateStudentAccount(long studentId, String actor) {
        Student student = find(Student.class, studentId);
        requireActivated(student.getEstablishment());
        return em.createQuery("select a.id from Account a where a.student = :student", Long.class)
                .setParameter("student", student)
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .orElseGet(() -> {
                    Username username = usernames.allocate(student.getEstablishment().getAcademy(),
                            Username.base(student.getFirstName(), student.displayLastName()));
                    Account account = Account.forStudent(student, username, now(), actor);
                    em.persist(account);
                    return account.getId();
                });
    }

    /**
     * R-ACC-1: the account of a guardian for one child, pre-created « Non notifié »; nothing for a guardian who is not
     * légal 1 or 2 of that child or who refused access (R-ACC-9). An existing account for the pair is returned.
     */
    public Optional<Long> preCreateGuardianAccount(long guardianId, long studentId, String actor) {
        Optional<GuardianLink> link = em.createQuery(
                        "select l from GuardianLink l where l.guardian.id = :guardian and l.student.id = :student",
                        GuardianLink.class)
                .setParameter("guardian", guardianId)
                .setParameter("student", studentId)
                .getResultStream()
                .findFirst();
        if (link.isEmpty() || !link.get().entitlesToAccount()) {
            return Optional.empty();
        }
        Guardian guardian = link.get().getGuardian();
        Student child = link.get().getStudent();
        requireActivated(child.getEstablishment());
        Optional<Long> existing = em.createQuery("select a.id from Account a join a.accesses x "
                        + "where x.holder = :guardian and x.student = :student", Long.class)
                .setParameter("guardian", guardian)
                .setParameter("student", child)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
        if (existing.isPresent()) {
            return existing;
        }
        Username username = usernames.allocate(guardian.getEstablishment().getAcademy(),
                Username.base(guardian.getFirstName(), guardian.displayLastName()));
        Account account = Account.forGuardian(guardian, child, username, now(), actor);
        em.persist(account);
        return Optional.of(account.getId());
    }

    /**
     * R-ACC-3, R-ACC-8: notifies or re-notifies; the content says what the letter or e-mail may print. (Not named
     * {@code notify}: that would overload {@link Object#notify()}.)
     */
    public NotificationContent notifyAccount(long accountId, NotificationMode mode, String actor) {
        Account account = find(Account.class, accountId);
        requireActivated(establishmentOf(account));
        return content(account, account.notifyBy(mode, now(), actor, this::newEncryptedTemporaryPassword));
    }

    /** R-ACC-8, R-MASS-2, R-IND-1: « renotifier et réinitialiser le mot de passe ». */
    public NotificationContent notifyAndResetPassword(long accountId, NotificationMode mode, String actor) {
        Account account = find(Account.class, accountId);
        requireActivated(establishmentOf(account));
        return content(account,
                account.notifyAndResetPassword(mode, now(), actor, this::newEncryptedTemporaryPassword));
    }

    /**
     * R-ACC-6, R-IND-1: « créer un nouveau compte » for the couple of the pupil {@code studentId}: a new account with a
     * new identifier, notified at once (« Notifié », new temporary password). The old one is closed, unless it still
     * serves other children of a guardian, who keep it ({@link Account#replacementFor}).
     */
    public NotificationContent replaceAccount(long accountId, long studentId, NotificationMode mode, String actor) {
        Account old = find(Account.class, accountId);
        requireActivated(establishmentOf(old));
        Username base = old.getKind() == AccountKind.STUDENT
                ? Username.base(old.getStudent().getFirstName(), old.getStudent().displayLastName())
                : Username.base(old.getGuardian().getFirstName(), old.getGuardian().displayLastName());
        LocalDateTime now = now();
        Account replacement = Account.replacementFor(old, find(Student.class, studentId),
                usernames.allocate(old.getAcademy(), base), now, actor);
        em.persist(replacement);
        return content(replacement,
                replacement.notifyBy(mode, now, actor, this::newEncryptedTemporaryPassword));
    }

    /**
     * R-ACC-4, R-PORTAL-2: a pupil's first connection: temporary password typed again, birth date, chosen password
     * (checked against the policy, then hashed), optional e-mail.
     */
    public void activateStudent(long accountId, char[] temporaryPassword, LocalDate birthDate, char[] newPassword,
                                String email) {
        requireTemporaryPassword(find(Account.class, accountId), temporaryPassword);
        activateStudent(accountId, birthDate, newPassword, email);
    }

    /**
     * R-ACC-4, R-PORTAL-2: a pupil's first connection in the portal, where the proof of the temporary password is the
     * sign-in that opened the session (the guides' form does not ask it again); the caller ensures that session signed
     * in with it. The account must still be « Notifié ».
     */
    public void activateStudent(long accountId, LocalDate birthDate, char[] newPassword, String email) {
        Account account = find(Account.class, accountId);
        PasswordPolicy.requireAcceptable(newPassword);
        account.activateAsStudent(birthDate, hashing.hash(newPassword), email, now());
    }

    /** R-ACC-5, R-PORTAL-2: a guardian's first connection, with a mandatory e-mail and a child's birth date. */
    public void activateGuardian(long accountId, char[] temporaryPassword, LocalDate childBirthDate, String email,
                                 char[] newPassword) {
        requireTemporaryPassword(find(Account.class, accountId), temporaryPassword);
        activateGuardian(accountId, childBirthDate, email, newPassword);
    }

    /** R-ACC-5, R-PORTAL-2: the guardian's first connection in the portal, proof of sign-in as for a pupil's. */
    public void activateGuardian(long accountId, LocalDate childBirthDate, String email, char[] newPassword) {
        Account account = find(Account.class, accountId);
        PasswordPolicy.requireAcceptable(newPassword);
        account.activateAsGuardian(childBirthDate, email, hashing.hash(newPassword), now());
    }

    /**
     * R-ACC-5: the holder followed the e-mail validation link. Checking the link itself (single use, 3 months) is the
     * caller's business; the holder is recorded as the actor.
     */
    public void validateEmail(long accountId) {
        Account account = find(Account.class, accountId);
        account.validateEmail(now(), account.getUsername().value());
    }

    /** The académies the nightly housekeeping goes through, one transaction each (R-JOB-1). */
    public List<Long> academyIds() {
        return em.createQuery("select a.id from Academy a order by a.id", Long.class).getResultList();
    }

    /**
     * R-ACC-6, R-JOB-1: deletes every account of the académie due today (not activated 3 months after notification,
     * unused for a year). Returns how many were deleted. Works page by page and clears the persistence context between
     * pages. One académie at a time: a transaction stays the size of an académie, and a test moving the clock touches
     * only the académie it built.
     */
    public int expireDueAccounts(long academyId, String actor) {
        LocalDateTime now = now();
        LocalDate today = now.toLocalDate();
        LocalDate notifiedBy = today.minusMonths(Account.MONTHS_TO_ACTIVATE).plusDays(CANDIDATE_MARGIN_DAYS);
        LocalDate usedBy = today.minusYears(Account.YEARS_UNUSED).plusDays(CANDIDATE_MARGIN_DAYS);
        TypedQuery<Account> candidates = em.createQuery("select a from Account a where a.id > :after "
                        + "and a.academy.id = :academy and ("
                        + "(a.state in :notActivated and a.notifiedOn <= :notifiedBy) or (a.state = :inUse "
                        + "and a.activatedOn <= :usedBy and (a.lastAccessAt is null or a.lastAccessAt < :usedByEnd)))"
                        + " order by a.id", Account.class)
                .setParameter("academy", academyId)
                .setParameter("notActivated", EnumSet.of(AccountState.NOTIFIED, AccountState.ACTIVATING))
                .setParameter("notifiedBy", notifiedBy)
                .setParameter("inUse", AccountState.IN_USE)
                .setParameter("usedBy", usedBy)
                .setParameter("usedByEnd", usedBy.plusDays(1).atStartOfDay());
        return changeEachPage(candidates, account -> account.expireIfDue(now, actor));
    }

    /**
     * R-ACC-7, R-JOB-1: continuity of access into the académie's current school year for every account activated in an
     * earlier one. Safe to run every night: from the rentrée on it continues each account once; between two school
     * years it does nothing. Returns how many accounts were continued.
     */
    public int applyYearRollover(long academyId, String actor) {
        LocalDateTime now = now();
        LocalDate today = now.toLocalDate();
        Optional<SchoolYear> year = em.createQuery("select y from SchoolYear y where y.academy.id = :academy "
                        + "and y.rentreeDate <= :today and y.endDate >= :today", SchoolYear.class)
                .setParameter("academy", academyId)
                .setParameter("today", today)
                .getResultStream()
                .findFirst();
        if (year.isEmpty()) {
            return 0;
        }
        LocalDate rentree = year.get().getRentreeDate();
        TypedQuery<Account> candidates = em.createQuery("select a from Account a where a.id > :after "
                        + "and a.academy.id = :academy and a.state = :inUse and a.activatedOn < :rentree "
                        + "and (a.continuitySince is null or a.continuitySince < :rentree) order by a.id", Account.class)
                .setParameter("academy", academyId)
                .setParameter("inUse", AccountState.IN_USE)
                .setParameter("rentree", rentree);
        return changeEachPage(candidates, account -> account.continueIntoNewYear(rentree, now, actor));
    }

    /**
     * R-JOB-1: forgets the e-mail links (validation, password reset) spent or expired for more than a day: they can
     * open nothing any more, and a link whose row is gone reads as « lien invalide » exactly as a spent one. The day
     * of grace keeps a link just used visible to the support for a while. One set-based DELETE; returns how many.
     */
    public int purgeDeadLinks() {
        LocalDateTime dayAgo = now().minusDays(1);
        return em.createQuery("delete from AccountToken t where t.usedAt < :dayAgo or t.expiresAt < :dayAgo")
                .setParameter("dayAgo", dayAgo)
                .executeUpdate();
    }

    /**
     * R-ACC-7: the pupil {@code fromStudentId} left for another establishment of the académie, where he is
     * {@code toStudentId} (same INE). His account and his guardians' accounts in use follow him from tomorrow (D+1).
     * A guardian's account follows only when the new school knows that guardian under the same names (légal 1 or 2
     * there); otherwise the new school pre-creates a new account for him. Returns how many accounts followed.
     */
    public int transferStudent(long fromStudentId, long toStudentId, String actor) {
        Student from = find(Student.class, fromStudentId);
        Student to = find(Student.class, toStudentId);
        if (!from.getEstablishment().getAcademy().getId().equals(to.getEstablishment().getAcademy().getId())) {
            throw new AccountRuleViolation("La continuité d'accès ne vaut qu'entre établissements de la même académie.");
        }
        if (from.getIne() == null || !from.getIne().equals(to.getIne())) {
            throw new AccountRuleViolation("Les deux fiches ne désignent pas le même élève (INE différents).");
        }
        LocalDateTime now = now();
        LocalDate today = now.toLocalDate();
        List<Account> following = em.createQuery("select distinct a from Account a join a.accesses x "
                        + "where x.student = :student and a.state = :inUse and x.effectiveFrom <= :today "
                        + "and (x.effectiveUntil is null or x.effectiveUntil >= :today)", Account.class)
                .setParameter("student", from)
                .setParameter("inUse", AccountState.IN_USE)
                .setParameter("today", today)
                .getResultList();
        int moved = 0;
        for (Account account : following) {
            if (account.getKind() == AccountKind.STUDENT) {
                account.transferTo(to, now, actor);
                moved++;
            } else {
                Optional<Guardian> holderThere = sameGuardianAt(account.getGuardian(), to);
                if (holderThere.isPresent()) {
                    account.transferChild(from, to, holderThere.get(), now, actor);
                    moved++;
                }
            }
        }
        return moved;
    }

    /** The account with that identifier in the académie, whatever its state; what the user typed is forgiven case. */
    public Optional<Account> findByUsername(String academyCode, String username) {
        return Username.fromInput(username).flatMap(valid -> em.createQuery(
                        "select a from Account a where a.academy.code = :academy and a.username = :username",
                        Account.class)
                .setParameter("academy", academyCode)
                .setParameter("username", valid)
                .getResultStream()
                .findFirst());
    }

    /**
     * R-PORTAL-1: sign-in. « Utilisé » and « En cours d'activation » accounts take the chosen password; « Notifié »
     * ones the temporary password, for the first connection (R-ACC-4/5). Unknown identifier, wrong password and an
     * account that cannot sign in give the same empty answer after the same single PBKDF2 computation, so that
     * neither the answer nor its delay tells which identifiers exist.
     */
    public Optional<AuthenticatedAccount> authenticate(String academyCode, String username, char[] password) {
        Optional<Account> found = findByUsername(academyCode, username);
        boolean accepted = credentials.opens(found.orElse(null), password);
        if (!accepted) {
            return Optional.empty();
        }
        Account account = found.get();
        LocalDateTime now = now();
        account.recordLogin(now);
        // Written in SQL, outside the entity's @Version (EclipseLink would bump it even in a JPQL bulk update): a family
        // signing in must not make a school's concurrent change to the account fail on an optimistic lock.
        em.detach(account);
        // R-PORTAL-6: the sign-in it replaces is kept (previous_login_at, V12): the home's news count from it.
        em.createNativeQuery("UPDATE account SET previous_login_at = last_access_at, last_access_at = ?1 WHERE id = ?2")
                .setParameter(1, now).setParameter(2, account.getId()).executeUpdate();
        return Optional.of(new AuthenticatedAccount(account.getId(), account.getUsername().value(),
                account.getKind(), account.getState()));
    }

    private void requireTemporaryPassword(Account account, char[] typed) {
        if (!account.hasTemporaryPassword() || !cipher.matches(account.getEncryptedTemporaryPassword(), typed)) {
            throw new WrongTemporaryPassword();
        }
    }

    /**
     * The guardian's record in the pupil's new establishment: a légal 1 or 2 of {@code to} whose names give the same
     * identifier base as the account's holder; none when there is no such guardian or more than one.
     */
    private static Optional<Guardian> sameGuardianAt(Guardian holder, Student to) {
        String holderNames = nameKey(holder);
        List<Guardian> matches = to.getGuardianLinks().stream()
                .filter(GuardianLink::entitlesToAccount)
                .map(GuardianLink::getGuardian)
                .filter(candidate -> holderNames.equals(nameKey(candidate)))
                .toList();
        return matches.size() == 1 ? Optional.of(matches.get(0)) : Optional.empty();
    }

    /** Names compared as identifiers are formed: case, accents and punctuation ignored. */
    private static String nameKey(Guardian guardian) {
        try {
            return Username.base(guardian.getFirstName(), guardian.displayLastName()).value();
        } catch (IllegalArgumentException noUsableLetters) {
            return "";
        }
    }

    private int changeEachPage(TypedQuery<Account> candidates, Predicate<Account> change) {
        int changed = 0;
        long after = 0;
        List<Account> page;
        do {
            page = candidates.setParameter("after", after).setMaxResults(PAGE_SIZE).getResultList();
            for (Account account : page) {
                if (change.test(account)) {
                    changed++;
                }
                after = account.getId();
            }
            em.flush();
            em.clear();
        } while (page.size() == PAGE_SIZE);
        return changed;
    }

    private NotificationContent content(Account account, IssuedNotification issued) {
        return new NotificationContent(account.getId(), issued.username().value(),
                issued.encryptedTemporaryPassword().map(cipher::decrypt), issued.continuity(),
                issued.accessibleFrom());
    }

    private String newEncryptedTemporaryPassword() {
        return cipher.encrypt(TemporaryPassword.generate(random));
    }

    private <T> T find(Class<T> type, long id) {
        T found = em.find(type, id);
        if (found == null) {
            throw new IllegalArgumentException(type.getSimpleName() + " " + id + " introuvable");
        }
        return found;
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }

    /** R-SVC-1: no account is created or notified before the school has activated the téléservices. */
    private static void requireActivated(Establishment establishment) {
        if (!establishment.isTeleservicesActivated()) {
            throw new AccountRuleViolation("Les téléservices de l’établissement " + establishment.getName()
                    + " ne sont pas activés\u00a0: le chef d’établissement doit d’abord les activer (Gestion des "
                    + "téléservices).");
        }
    }

    private static Establishment establishmentOf(Account account) {
        return account.getKind() == AccountKind.STUDENT ? account.getStudent().getEstablishment()
                : account.getGuardian().getEstablishment();
    }
}

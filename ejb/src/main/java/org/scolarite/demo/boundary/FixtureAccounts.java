package org.scolarite.demo.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.scolarite.account.boundary.AccountService;
import org.scolarite.account.boundary.NotificationContent;
import org.scolarite.account.entity.Account;
import org.scolarite.account.entity.AccountKind;
import org.scolarite.account.entity.NotificationMode;
import org.scolarite.people.entity.Guardian;
import org.scolarite.people.entity.GuardianLink;
import org.scolarite.people.entity.LegalRank;
import org.scolarite.people.entity.Sex;
import org.scolarite.people.entity.Student;
import org.scolarite.structure.entity.Establishment;

/**
 * Accounts of their own for the system tests (bin/test only): a new pupil of the portal académie's first activated
 * establishment and, for a guardian, his mother, brought to « Utilisé » through the real life cycle (notification,
 * first connection with the temporary password, e-mail validation) with the password given. Each call makes a new
 * family, so that browser tests never change the demo accounts other tests rely on. Refuses unless
 * {@code TELESERVICES_TEST_HOOKS=true}, which only {@code bin/test} sets.
 */
@Stateless
public class FixtureAccounts {

    private static final LocalDate BIRTH = LocalDate.of(2012, 5, 5);

    @PersistenceContext(unitName = "teleservices")
    private EntityManager em;

    @Inject
    @ConfigProperty(name = "teleservices.test-hooks", defaultValue = "false")
    private boolean enabled;

    @Inject
    private AccountService accounts;

    @Inject
    private Clock clock;

    private final SecureRandom random = new SecureRandom();

    public boolean enabled() {
        return enabled;
    }

    /**
     * A new account « Utilisé » of {@code kind} in the académie {@code academyCode}, with {@code password} and, when
     * {@code email} is given, that address, validated unless {@code validated} is false (a pupil only: a guardian's
     * account is « Utilisé » once his address is validated). Returns its identifier.
     */
    public String create(String academyCode, AccountKind kind, String email, boolean validated, String password) {
        if (!enabled) {
            throw new IllegalStateException("Test hooks are disabled");
        }
        Establishment school = em.createQuery("SELECT e FROM Establishment e WHERE e.academy.code = :a "
                        + "AND e.teleservicesActivatedOn IS NOT NULL ORDER BY e.uai", Establishment.class)
                .setParameter("a", academyCode).setMaxResults(1).getSingleResult();
        String tag = letters();
        Student pupil = new Student(school, "FX" + tag, "Essai" + tag, "Jules", BIRTH, Sex.MALE);
        em.persist(pupil);
        long accountId;
        if (kind == AccountKind.STUDENT) {
            accountId = accounts.preCreateStudentAccount(pupil.getId(), "tests");
            NotificationContent letter = accounts.notifyAccount(accountId, NotificationMode.LETTER, "tests");
            accounts.activateStudent(accountId, letter.temporaryPassword().orElseThrow().toCharArray(), BIRTH,
                    password.toCharArray(), email);
        } else {
            Guardian mother = new Guardian(school, "FXM" + tag, "MME", "Essai" + tag, "Agathe");
            em.persist(mother);
            em.persist(new GuardianLink(pupil, mother, LegalRank.FIRST, "10"));
            em.flush();
            accountId = accounts.preCreateGuardianAccount(mother.getId(), pupil.getId(), "tests").orElseThrow();
            NotificationContent letter = accounts.notifyAccount(accountId, NotificationMode.LETTER, "tests");
            accounts.activateGuardian(accountId, letter.temporaryPassword().orElseThrow().toCharArray(), BIRTH, email,
                    password.toCharArray());
        }
        Account account = em.find(Account.class, accountId);
        if (email != null && (validated || kind == AccountKind.GUARDIAN)) {
            account.validateEmail(LocalDateTime.now(clock), "tests");
        }
        return account.getUsername().value();
    }

    /** Eight random lower-case letters: a name nobody else has, which identifiers keep (R-ACC-2). */
    private String letters() {
        char[] tag = new char[8];
        for (int i = 0; i < tag.length; i++) {
            tag[i] = (char) ('a' + random.nextInt(26));
        }
        return new String(tag);
    }
}

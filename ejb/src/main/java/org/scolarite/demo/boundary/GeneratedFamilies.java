package org.scolarite.demo.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.scolarite.account.control.PasswordHashing;
import org.scolarite.account.entity.Account;
import org.scolarite.account.entity.NotificationMode;
import org.scolarite.account.entity.Username;
import org.scolarite.people.entity.Guardian;
import org.scolarite.people.entity.GuardianLink;
import org.scolarite.people.entity.LegalRank;
import org.scolarite.people.entity.Sex;
import org.scolarite.people.entity.Student;
import org.scolarite.structure.boundary.AcademyDirectory;
import org.scolarite.structure.entity.Academy;
import org.scolarite.structure.entity.Division;
import org.scolarite.structure.entity.Establishment;
import org.scolarite.structure.entity.EstablishmentKind;
import org.scolarite.structure.entity.Uai;

/**
 * Families generated on demand for the load test ({@code bin/loadtest}) and the system tests that need accounts of
 * their own (R-PORTAL-8 regrouping): in the portal's académie, each family is one guardian with a child in the
 * generator's own collège and, when asked, another child in its own lycée — the same person known by each school's file, one account
 * per child (R-ACC-1) — every account « Utilisé » with the given chosen password and a validated e-mail. The accounts
 * go through the entity's own transitions (notified, activated, validated); the password is hashed once for all.
 * Reached only through the test hooks ({@code TELESERVICES_TEST_HOOKS=true}), never in production.
 */
@Stateless
public class GeneratedFamilies {

    private static final int FLUSH_EVERY = 100;
    private static final String ACTOR = "generateur:familles";

    @PersistenceContext(unitName = "teleservices")
    private EntityManager em;

    @Inject
    private AcademyDirectory academies;

    @Inject
    private PasswordHashing hashing;

    @Inject
    private Clock clock;

    private final SecureRandom random = new SecureRandom();

    /** One generated family: the identifier of the collège account and, with two schools, of the lycée one. */
    public record GeneratedFamily(String first, String second) {
    }

    /** Creates {@code count} families; returns their identifiers in order. */
    public List<GeneratedFamily> generate(int count, String password, boolean twoSchools) {
        String academy = academies.portalAcademyCode();
        Establishment college = ownSchool(academy, EstablishmentKind.COLLEGE);
        Establishment lycee = twoSchools ? ownSchool(academy, EstablishmentKind.LYCEE) : null;
        Division collegeDivision = firstDivision(college);
        Division lyceeDivision = twoSchools ? firstDivision(lycee) : null;
        String hash = hashing.hash(password.toCharArray());
        String tag = letters(random.nextInt(26 * 26 * 26 * 26), 4);
        LocalDateTime now = LocalDateTime.now(clock);
        List<GeneratedFamily> families = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String lastName = "Banc-" + tag + "-" + letters(i, 4);
            Account first = family(college, collegeDivision, lastName, i % 2 == 0 ? "Louise" : "Jules",
                    LocalDate.of(2013, 1, 1).plusDays(i % 365), Username.of("nadia." + lastName.toLowerCase()), hash,
                    now);
            Account second = twoSchools ? family(lycee, lyceeDivision, lastName, i % 2 == 0 ? "Hugo" : "Emma",
                    LocalDate.of(2009, 1, 1).plusDays(i % 365), Username.of("nadia." + lastName.toLowerCase() + "1"),
                    hash, now) : null;
            families.add(new GeneratedFamily(first.getUsername().value(),
                    second == null ? null : second.getUsername().value()));
            if (i % FLUSH_EVERY == FLUSH_EVERY - 1) {
                em.flush();
                em.clear();
                college = em.find(Establishment.class, college.getId());
                collegeDivision = collegeDivision == null ? null : em.find(Division.class, collegeDivision.getId());
                if (twoSchools) {
                    lycee = em.find(Establishment.class, lycee.getId());
                    lyceeDivision = lyceeDivision == null ? null : em.find(Division.class, lyceeDivision.getId());
                }
            }
        }
        return families;
    }

    private Account family(Establishment school, Division division, String lastName, String childFirstName,
                           LocalDate birthDate, Username username, String hash, LocalDateTime now) {
        String source = lastName.substring("Banc-".length()).toUpperCase(); // « ABCD-EFGH »: 9 characters
        boolean girl = childFirstName.equals("Louise") || childFirstName.equals("Emma");
        Student child = new Student(school, source + "E", lastName, childFirstName, birthDate,
                girl ? Sex.FEMALE : Sex.MALE);
        if (division != null) {
            child.enrol(null, division, Set.of(), null, now.toLocalDate().minusMonths(2));
        }
        em.persist(child);
        Guardian mother = new Guardian(school, source + "P", "MME", lastName, "Nadia");
        em.persist(mother);
        em.persist(new GuardianLink(child, mother, LegalRank.FIRST, "20"));
        Account account = Account.forGuardian(mother, child, username, now, ACTOR);
        account.notifyBy(NotificationMode.EMAIL, now, ACTOR, () -> "sans-objet");
        account.activateAsGuardian(birthDate, username.value() + "@example.org", hash, now);
        account.validateEmail(now, username.value());
        em.persist(account);
        return account;
    }

    /**
     * The generator's own establishment of that kind in the académie, created the first time: generated families never
     * enter the demo schools, whose lists and counts other tests read.
     */
    private Establishment ownSchool(String academyCode, EstablishmentKind kind) {
        Uai uai = Uai.fromDigits(kind == EstablishmentKind.COLLEGE ? 1499901 : 1499902);
        return em.createQuery("SELECT e FROM Establishment e WHERE e.uai = :uai", Establishment.class)
                .setParameter("uai", uai).getResultStream().findFirst()
                .orElseGet(() -> {
                    Academy academy = em.createQuery("SELECT a FROM Academy a WHERE a.code = :code", Academy.class)
                            .setParameter("code", academyCode).getSingleResult();
                    Establishment school = new Establishment(academy, uai, kind, kind == EstablishmentKind.COLLEGE
                            ? "Collège du banc d'essai" : "Lycée du banc d'essai");
                    school.activateTeleservices(LocalDate.now(clock).minusMonths(3), ACTOR);
                    em.persist(school);
                    em.persist(new Division(school, kind == EstablishmentKind.COLLEGE ? "4B" : "1B",
                            kind == EstablishmentKind.COLLEGE ? "4e B" : "1re B"));
                    em.flush();
                    return school;
                });
    }

    private Division firstDivision(Establishment school) {
        return em.createQuery("SELECT d FROM Division d WHERE d.establishment = :school ORDER BY d.code", Division.class)
                .setParameter("school", school).setMaxResults(1).getResultStream().findFirst().orElse(null);
    }

    /** {@code n} written with {@code width} letters (a = 0), so that identifiers stay letters only before their number. */
    private static String letters(int n, int width) {
        char[] out = new char[width];
        for (int i = width - 1; i >= 0; i--) {
            out[i] = (char) ('a' + n % 26);
            n /= 26;
        }
        return new String(out);
    }
}

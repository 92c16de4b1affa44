package org.scolarite.demo.control;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.scolarite.account.entity.Account;
import org.scolarite.account.entity.AccountKind;
import org.scolarite.catalog.entity.NationalService;
import org.scolarite.grant.entity.GrantApplication;
import org.scolarite.grant.entity.GrantForm;
import org.scolarite.grant.entity.GrantStatus;
import org.scolarite.people.entity.Guardian;
import org.scolarite.people.entity.Student;
import org.scolarite.settings.control.SettingCodec;
import org.scolarite.settings.entity.GrantContact;
import org.scolarite.settings.entity.Setting;
import org.scolarite.settings.entity.SettingRevision;
import org.scolarite.structure.entity.Establishment;

/**
 * Grant applications of the demo (R-BOURSE-2), so that both sides show something at once: in the collège, four
 * families' applications in every status the school handles and one family's draft (which the school does not see);
 * in the lycée, Hugo Durand's application under review (README: {@code claire.durand1}) and two others. Léa Durand's
 * (README: {@code claire.durand}) is left for the visitor to fill. The collège sets its grant contact e-mail, so that
 * its page shows the « Nous contacter » tab (R-BOURSE-1); the lycée sets none (its console page starts empty), so that
 * its page shows how the service looks without one.
 */
public final class GrantDemo {

    private GrantDemo() {
    }

    public static void seed(EntityManager em, LocalDateTime now) {
        List<Establishment> schools = em.createQuery("SELECT e FROM Establishment e WHERE "
                + "e.teleservicesActivatedOn IS NOT NULL ORDER BY e.uai", Establishment.class).setMaxResults(2)
                .getResultList();
        for (Establishment school : schools) {
            boolean college = school.getKind() == org.scolarite.structure.entity.EstablishmentKind.COLLEGE;
            if (college) {
                em.persist(new SettingRevision(school.getId(), Setting.COLLEGE_GRANT_CONTACT.key(), 1,
                        SettingCodec.write(new GrantContact("intendance." + school.getUai().value().toLowerCase(
                                java.util.Locale.ROOT) + "@ac-normandie.fr")), now.toLocalDate(), "demo", now));
            }
            int year = currentYear(em, school, now.toLocalDate());
            Map<Student, Account> families = families(em, school);
            List<GrantStatus> statuses = new ArrayList<>(college
                    ? List.of(GrantStatus.SUBMITTED, GrantStatus.IN_REVIEW, GrantStatus.GRANTED, GrantStatus.REFUSED,
                    GrantStatus.DRAFT)
                    : List.of(GrantStatus.IN_REVIEW, GrantStatus.SUBMITTED, GrantStatus.GRANTED));
            int index = 0;
            for (Map.Entry<Student, Account> family : families.entrySet()) {
                Student pupil = family.getKey();
                boolean lea = "Léa".equals(pupil.getFirstName()) && "Durand".equals(pupil.getLastName());
                boolean hugo = "Hugo".equals(pupil.getFirstName()) && "Durand".equals(pupil.getLastName());
                if (statuses.isEmpty()) {
                    break;
                }
                if (lea || (!college && !hugo && index == 0)) {
                    continue; // Léa's is the visitor's to fill; the lycée's first application is Hugo's
                }
                GrantStatus status = statuses.remove(0);
                index++;
                em.persist(application(school, year, pupil, family.getValue(), status, index, now, college));
            }
        }
    }

    private static GrantApplication application(Establishment school, int year, Student pupil, Account account,
                                                GrantStatus status, int index, LocalDateTime now, boolean college) {
        String username = account.getUsername().value();
        Guardian guardian = account.getGuardian();
        String name = guardian.getFirstName() + " " + (guardian.getUsageName() != null ? guardian.getUsageName()
                : guardian.getLastName());
        LocalDateTime started = now.minusDays(20 - index);
        GrantApplication application = new GrantApplication(school.getId(), pupil.getId(), year,
                college ? NationalService.COLLEGE_GRANT : NationalService.LYCEE_GRANT, username, started);
        String household = index % 3 == 0 ? "ONE_GUARDIAN" : "TWO_GUARDIANS";
        String partner = List.of("Thomas", "Nathalie", "Julien", "Sophie").get(index % 4) + " "
                + (guardian.getUsageName() != null ? guardian.getUsageName() : guardian.getLastName());
        GrantForm form = new GrantForm(household, name, household.equals("TWO_GUARDIANS") ? partner : null, String.format(java.util.Locale.ROOT, "%d,%02d", 9_800 + index * 2_350, index * 7 % 100),
                String.valueOf(1 + index % 4), status != GrantStatus.DRAFT);
        if (status == GrantStatus.DRAFT) {
            application.saveDraft(form.checked(false), username, started);
            return application;
        }
        application.submit(form.checked(true), username, started.plusHours(1));
        if (status != GrantStatus.SUBMITTED) {
            application.moveBySchool(GrantStatus.IN_REVIEW, "demo", started.plusDays(2));
        }
        if (status.isDecision()) {
            application.moveBySchool(status, "demo", started.plusDays(5));
        }
        return application;
    }

    /** The first pupils of the school with a guardian account, each with one of his guardians' accounts. */
    private static Map<Student, Account> families(EntityManager em, Establishment school) {
        List<Object[]> rows = em.createQuery("SELECT x.student, a FROM Account a JOIN a.accesses x WHERE a.kind = :k "
                        + "AND a.guardian IS NOT NULL AND x.student.establishment = :e ORDER BY x.student.id, a.id",
                        Object[].class)
                .setParameter("k", AccountKind.GUARDIAN).setParameter("e", school).setMaxResults(40).getResultList();
        Map<Student, Account> families = new LinkedHashMap<>();
        for (Object[] row : rows) {
            families.putIfAbsent((Student) row[0], (Account) row[1]);
        }
        // the demo family first, so that its child is always among them
        Map<Student, Account> ordered = new LinkedHashMap<>();
        em.createQuery("SELECT x.student, a FROM Account a JOIN a.accesses x WHERE a.kind = :k "
                        + "AND x.student.establishment = :e AND x.student.lastName = 'Durand' "
                        + "AND x.student.firstName IN ('Léa', 'Hugo')", Object[].class)
                .setParameter("k", AccountKind.GUARDIAN).setParameter("e", school).getResultList()
                .forEach(row -> ordered.putIfAbsent((Student) row[0], (Account) row[1]));
        ordered.putAll(families);
        return ordered;
    }

    private static int currentYear(EntityManager em, Establishment school, LocalDate today) {
        return em.createQuery("SELECT y.startYear FROM SchoolYear y WHERE y.academy = :a AND y.endDate >= :today "
                        + "ORDER BY y.rentreeDate", Integer.class)
                .setParameter("a", school.getAcademy()).setParameter("today", today).setMaxResults(1)
                .getResultStream().findFirst()
                .orElse(today.getMonthValue() >= 9 ? today.getYear() : today.getYear() - 1);
    }
}

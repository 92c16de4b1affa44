package org.scolarite.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.scolarite.people.entity.Guardian;
import org.scolarite.people.entity.GuardianLink;
import org.scolarite.people.entity.LegalRank;
import org.scolarite.people.entity.Sex;
import org.scolarite.people.entity.Student;
import org.scolarite.staff.boundary.AccessDeniedException;
import org.scolarite.staff.entity.StaffRole;
import org.scolarite.staff.entity.StaffUser;
import org.scolarite.statistics.boundary.AccessSyntheses;
import org.scolarite.statistics.boundary.AccountSyntheses;
import org.scolarite.statistics.boundary.AccountSyntheses.AcademyDashboard;
import org.scolarite.statistics.entity.EstablishmentLine;
import org.scolarite.statistics.entity.GuardianFigures;
import org.scolarite.statistics.entity.StudentFigures;
import org.scolarite.structure.entity.Academy;
import org.scolarite.structure.entity.Establishment;
import org.scolarite.structure.entity.EstablishmentKind;
import org.scolarite.structure.entity.Uai;

/**
 * The statistics' boundaries on Payara with the application's datasource: the role checks on the server
 * (establishment staff see only their establishment, the académie dashboard only for ACADEMY) and the dashboard's
 * lines equal to each establishment's own syntheses. Each test builds its own académie: two collèges, a head each,
 * an académie administrator.
 */
@ExtendWith(ArquillianExtension.class)
class StatisticsIT {

    @Deployment
    static WebArchive deployment() {
        return ItDeployment.war("statistics-it", StatisticsIT.class);
    }

    @PersistenceContext(unitName = "teleservices")
    private EntityManager em;

    @Inject
    private UserTransaction tx;

    @Inject
    private AccountSyntheses syntheses;

    @Inject
    private AccessSyntheses accesses;

    private String head;
    private String otherHead;
    private String rectorat;
    private long school;
    private long otherSchool;

    @BeforeEach
    void twoSchools() throws Exception {
        int digits = ThreadLocalRandom.current().nextInt(1_000_000, 9_999_998);
        tx.begin();
        Academy academy = new Academy("ST" + digits, "Académie " + digits, "http://localhost/");
        em.persist(academy);
        Establishment a = new Establishment(academy, Uai.fromDigits(digits), EstablishmentKind.COLLEGE, "Collège A");
        Establishment b = new Establishment(academy, Uai.fromDigits(digits + 1), EstablishmentKind.COLLEGE,
                "Collège B");
        em.persist(a);
        em.persist(b);
        // Collège A: two pupils without accounts, one légal guardian of both.
        Guardian mother = new Guardian(a, "G" + digits, "MME", "Durand", "Anne");
        em.persist(mother);
        for (int i = 0; i < 2; i++) {
            Student pupil = new Student(a, "S" + digits + i, "Durand", "Enfant" + i, LocalDate.of(2013, 1, 1),
                    Sex.MALE);
            em.persist(pupil);
            em.persist(new GuardianLink(pupil, mother, LegalRank.FIRST, "20"));
        }
        head = "stats.a" + digits;
        otherHead = "stats.b" + digits;
        rectorat = "stats.rectorat" + digits;
        StaffUser headOfA = new StaffUser(head, "unused", "Chef A", null);
        headOfA.grant(StaffRole.HEAD, a);
        StaffUser headOfB = new StaffUser(otherHead, "unused", "Chef B", null);
        headOfB.grant(StaffRole.HEAD, b);
        StaffUser administrator = new StaffUser(rectorat, "unused", "Rectorat", null);
        administrator.grantAcademy(academy);
        List.of(headOfA, headOfB, administrator).forEach(em::persist);
        tx.commit();
        school = a.getId();
        otherSchool = b.getId();
    }

    @Test
    @DisplayName("R-STAT-1, R-STAT-2: the head reads his establishment's syntheses; another school's head is refused")
    void establishmentStaffOnly() {
        // Two pupils without accounts: both not notified; their one guardian, not notified, counted once.
        assertThat(syntheses.students(head, school).establishment()).isEqualTo(new StudentFigures(2, 2, 0, 0));
        assertThat(syntheses.guardians(head, school).establishment())
                .isEqualTo(new GuardianFigures(1, 1, 0, 0, 0, 2, 0));
        assertThat(accesses.accesses(head, school).total()).isZero();

        assertThatThrownBy(() -> syntheses.students(otherHead, school)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> syntheses.guardians(otherHead, school)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> accesses.accesses(otherHead, school)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @DisplayName("Académie dashboard: ACADEMY role only; its lines are the establishments' own syntheses")
    void academyDashboard() {
        assertThatThrownBy(() -> syntheses.academy(head)).isInstanceOf(AccessDeniedException.class);

        AcademyDashboard dashboard = syntheses.academy(rectorat);

        assertThat(dashboard.lines()).extracting(EstablishmentLine::id).containsExactly(school, otherSchool);
        EstablishmentLine a = dashboard.lines().get(0);
        assertThat(a.students()).isEqualTo(syntheses.students(rectorat, school).establishment());
        assertThat(a.guardians()).isEqualTo(syntheses.guardians(rectorat, school).establishment());
        assertThat(dashboard.lines().get(1).students()).isEqualTo(StudentFigures.NONE);
    }
}

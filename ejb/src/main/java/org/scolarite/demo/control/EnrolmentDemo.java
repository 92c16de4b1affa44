package org.scolarite.demo.control;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import org.scolarite.demo.control.siecle.DemoAssignments;
import org.scolarite.enrolment.entity.AdministrativeData;
import org.scolarite.enrolment.entity.Assignment;
import org.scolarite.enrolment.entity.Enrolment;
import org.scolarite.enrolment.entity.EnrolmentCampaign;
import org.scolarite.enrolment.entity.EnrolmentOption;
import org.scolarite.enrolment.entity.MefOptionRule;
import org.scolarite.enrolment.entity.OptionKind;
import org.scolarite.people.entity.Student;
import org.scolarite.structure.entity.Establishment;
import org.scolarite.structure.entity.Mef;

/**
 * The demo's online enrolment (R-INSC-1): the pupils of the collège's first 3e division are assigned to the lycée in
 * 2nde GT (their assignments carry the ids of the {@code Affectations.xml} the exports deposit); the lycée's campaign
 * closes in a month, with its message, and its 2nde GT offers three LVB, two LVC and six optional teachings, at most
 * two, with two incompatible pairs. Two families already answered — one confirmed, one declined — so that the
 * follow-up shows every status.
 */
public final class EnrolmentDemo {

    /** The assigned MEF: 2nde générale et technologique. */
    public static final String SECONDE_GT = "20010018110";
    private static final String TROISIEME = "10310019110";
    private static final Logger LOG = Logger.getLogger(EnrolmentDemo.class.getName());

    private EnrolmentDemo() {
    }

    /** @return the assignments as the collège's {@code Affectations.xml} lists them */
    public static List<DemoAssignments.Line> seed(EntityManager em, Establishment college, Establishment lycee,
                                                  LocalDateTime now) {
        Mef seconde = em.createQuery("SELECT m FROM Mef m WHERE m.code = :c", Mef.class)
                .setParameter("c", SECONDE_GT).getSingleResult();
        em.persist(new EnrolmentCampaign(lycee.getId(), "Bienvenue au lycée Marie Curie !\nL’inscription en ligne "
                + "vaut inscription définitive. Pensez à joindre, le jour de la rentrée, l’attestation d’assurance "
                + "scolaire. Réunion d’accueil des familles de Seconde le samedi qui précède la rentrée, à 10 h.",
                now.toLocalDate().plusDays(30)));
        MefOptionRule rule = new MefOptionRule(lycee.getId(), seconde, 0, 2);
        rule.offer(new EnrolmentOption("ALL2", "Allemand (LVB)", OptionKind.LVB));
        rule.offer(new EnrolmentOption("ESP2", "Espagnol (LVB)", OptionKind.LVB));
        rule.offer(new EnrolmentOption("ITA2", "Italien (LVB)", OptionKind.LVB));
        rule.offer(new EnrolmentOption("CHI3", "Chinois (LVC)", OptionKind.LVC));
        rule.offer(new EnrolmentOption("RUS3", "Russe (LVC)", OptionKind.LVC));
        rule.offer(new EnrolmentOption("LATIN", "Langues et cultures de l’Antiquité : latin", OptionKind.OPTIONAL));
        rule.offer(new EnrolmentOption("GREC", "Langues et cultures de l’Antiquité : grec", OptionKind.OPTIONAL));
        rule.offer(new EnrolmentOption("EPS", "Éducation physique et sportive (3 h)", OptionKind.OPTIONAL));
        rule.offer(new EnrolmentOption("THEATRE", "Arts : théâtre", OptionKind.OPTIONAL));
        rule.offer(new EnrolmentOption("ARTSPLA", "Arts : arts plastiques", OptionKind.OPTIONAL));
        rule.offer(new EnrolmentOption("MGT", "Management et gestion", OptionKind.OPTIONAL));
        rule.forbid("THEATRE", "ARTSPLA");
        rule.forbid("EPS", "MGT");
        em.persist(rule);

        List<Student> pupils = em.createQuery("SELECT s FROM Student s JOIN s.division d WHERE s.establishment = :c "
                        + "AND s.mef.code = :m AND d.code = (SELECT MIN(d2.code) FROM Student s2 JOIN s2.division d2 "
                        + "WHERE s2.establishment = :c AND s2.mef.code = :m) ORDER BY s.lastName, s.firstName, s.id",
                Student.class).setParameter("c", college).setParameter("m", TROISIEME).getResultList();
        int n = 0;
        List<DemoAssignments.Line> lines = new ArrayList<>();
        for (Student pupil : pupils) {
            Assignment assignment = new Assignment(college.getId(), "AFF" + pupil.getSourceId(), pupil, lycee,
                    seconde);
            em.persist(assignment);
            lines.add(new DemoAssignments.Line(assignment.getSourceId(), pupil.getSourceId(), lycee.getUai().value(),
                    SECONDE_GT));
            n++;
            if (n == 2) {
                Enrolment confirmed = Enrolment.enrol(assignment, "demo", now.minusDays(2));
                confirmed.choose(Set.of("ESP2", "LATIN"), rule, "demo", now.minusDays(2));
                confirmed.record(AdministrativeData.of("02 31 45 67 89", "06 12 34 56 78", "famille@example.org",
                        true, null), "demo", now.minusDays(2));
                confirmed.confirm(rule, "demo", now.minusDays(2));
                em.persist(confirmed);
            } else if (n == 3) {
                em.persist(Enrolment.decline(assignment, "demo", now.minusDays(1)));
            }
        }
        int assigned = n;
        LOG.info(() -> "Inscription en ligne de démonstration : " + assigned + " élèves de 3e affectés en "
                + "2nde GT au lycée (date limite " + LocalDate.from(now).plusDays(30) + ")");
        return lines;
    }
}

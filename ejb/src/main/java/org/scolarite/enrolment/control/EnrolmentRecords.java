package org.scolarite.enrolment.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.scolarite.enrolment.entity.Assignment;
import org.scolarite.enrolment.entity.Enrolment;
import org.scolarite.enrolment.entity.EnrolmentCampaign;
import org.scolarite.enrolment.entity.MefOptionRule;

/** The reads of the enrolment service, each scoped by what owns it (pupil, lycée, lycée and MEF). */
@ApplicationScoped
public class EnrolmentRecords {

    @PersistenceContext(unitName = "teleservices")
    private EntityManager em;

    public Optional<Assignment> assignmentOf(long studentId) {
        return em.createQuery("SELECT a FROM Assignment a JOIN FETCH a.lycee JOIN FETCH a.mef "
                        + "WHERE a.student.id = :student", Assignment.class)
                .setParameter("student", studentId).getResultStream().findFirst();
    }

    /**
     * The pupil's enrolment, locked: two requests of one family (a double click, two tabs) are applied one after
     * the other, the second seeing the first's result.
     */
    public Optional<Enrolment> enrolmentLocked(long assignmentId) {
        return em.createQuery("SELECT e FROM Enrolment e WHERE e.assignment.id = :a", Enrolment.class)
                .setParameter("a", assignmentId).setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst();
    }

    public Optional<Enrolment> enrolment(long assignmentId) {
        return em.createQuery("SELECT e FROM Enrolment e WHERE e.assignment.id = :a", Enrolment.class)
                .setParameter("a", assignmentId).getResultStream().findFirst();
    }

    public Optional<EnrolmentCampaign> campaign(long lyceeId) {
        return em.createQuery("SELECT c FROM EnrolmentCampaign c WHERE c.establishmentId = :e",
                EnrolmentCampaign.class).setParameter("e", lyceeId).getResultStream().findFirst();
    }

    public Optional<MefOptionRule> rule(long lyceeId, long mefId) {
        return em.createQuery("SELECT r FROM MefOptionRule r WHERE r.establishmentId = :e AND r.mef.id = :m",
                MefOptionRule.class).setParameter("e", lyceeId).setParameter("m", mefId)
                .getResultStream().findFirst();
    }

    public List<MefOptionRule> rules(long lyceeId) {
        return em.createQuery("SELECT r FROM MefOptionRule r JOIN FETCH r.mef WHERE r.establishmentId = :e "
                + "ORDER BY r.mef.label", MefOptionRule.class).setParameter("e", lyceeId).getResultList();
    }

    /** The collège's mailboxes, in the order the school file gives them. */
    @SuppressWarnings("unchecked")
    public List<String> establishmentEmails(long establishmentId) {
        return em.createNativeQuery("SELECT email FROM establishment_email WHERE establishment_id = ? "
                + "ORDER BY position").setParameter(1, establishmentId).getResultList();
    }
}

package org.scolarite.grant.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.scolarite.catalog.entity.NationalService;
import org.scolarite.catalog.entity.ServiceKey;
import org.scolarite.grant.entity.GrantAnswers;
import org.scolarite.grant.entity.GrantApplication;
import org.scolarite.grant.entity.GrantForm;
import org.scolarite.grant.entity.GrantRejected;
import org.scolarite.navigation.boundary.FamilyView;
import org.scolarite.people.entity.Student;
import org.scolarite.settings.boundary.EstablishmentSettings;
import org.scolarite.settings.entity.GrantContact;
import org.scolarite.settings.entity.Setting;
import org.scolarite.staff.boundary.AccessDeniedException;

/**
 * The families' side of « Bourse de collège » / « Bourse de lycée » (R-BOURSE-1/2): the shown child's application of
 * the school year, saved as a draft, submitted once, then followed. The family view is the one the portal's access
 * filter computed and checked for this request (child opened by the account, service open for him); it is checked
 * again here, and so is every application id a request carries: another family's is refused and logged.
 *
 * <p>Double submission: the saves of one pupil are serialised by a lock on his row, so that two clicks, two tabs or
 * two guardians find the application the first one created (the unique key per pupil and year stays the last guard);
 * a submission repeated with the same answers changes nothing, one that would change a submitted application is
 * refused and logged.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRED)
public class FamilyGrants {

    private static final Logger LOG = Logger.getLogger(FamilyGrants.class.getName());

    @PersistenceContext(unitName = "teleservices")
    private EntityManager em;

    @Inject
    private EstablishmentSettings settings;

    @Inject
    private GrantYears years;

    @Inject
    private Clock clock;

    /**
     * The child's page; {@code askedId}, when given, must be one of his applications (an earlier year's, say).
     *
     * @throws AccessDeniedException for a service not open for the child, or another pupil's application (logged)
     */
    public GrantFollowUp followUp(FamilyView view, NationalService service, Long askedId) {
        long studentId = requireService(view, service);
        if (askedId != null) {
            GrantApplication asked = em.find(GrantApplication.class, askedId);
            if (asked == null || asked.getStudentId() != studentId || asked.getService() != service) {
                LOG.warning(() -> "Bourse refusée : compte " + view.username() + " a demandé la demande " + askedId
                        + " (élève affiché " + studentId + ")");
                throw new AccessDeniedException("Demande de bourse d’un autre élève");
            }
        }
        int year = years.current(view.establishmentId());
        List<GrantApplication> all = em.createQuery("SELECT g FROM GrantApplication g WHERE g.studentId = :s "
                        + "AND g.service = :service ORDER BY g.schoolYear DESC", GrantApplication.class)
                .setParameter("s", studentId).setParameter("service", service).getResultList();
        GrantApplicationView current = all.stream().filter(g -> g.getSchoolYear() == year).findFirst()
                .map(GrantApplicationView::of).orElse(null);
        List<GrantApplicationView> earlier = all.stream().filter(g -> g.getSchoolYear() != year)
                .map(GrantApplicationView::of).toList();
        GrantContact contact = settings.effectiveToday(view.establishmentId(), service == NationalService.COLLEGE_GRANT
                ? Setting.COLLEGE_GRANT_CONTACT : Setting.LYCEE_GRANT_CONTACT);
        return new GrantFollowUp(service, year, current, earlier, contact.offersContact() ? contact.email() : null);
    }

    /**
     * Saves the typed answers as this year's draft (created at the first save).
     *
     * @throws GrantRejected a wrong value (French message per field), or the application is already submitted
     */
    public GrantApplicationView saveDraft(FamilyView view, NationalService service, GrantForm form) {
        long studentId = requireService(view, service);
        GrantAnswers answers = form.checked(false);
        GrantApplication application = lockedApplication(view, service, studentId);
        try {
            application.saveDraft(answers, view.username(), LocalDateTime.now(clock));
        } catch (GrantRejected refused) {
            logReplay(view, application, "enregistrer un brouillon pour");
            throw refused;
        }
        return GrantApplicationView.of(application);
    }

    /**
     * Submits this year's application (DRAFT → SUBMITTED) with complete answers. The same submission repeated (double
     * click, back button and re-send) returns the submitted application unchanged.
     *
     * @throws GrantRejected a missing or wrong value, or different answers for a submitted application
     */
    public GrantApplicationView submit(FamilyView view, NationalService service, GrantForm form) {
        long studentId = requireService(view, service);
        GrantAnswers answers = form.checked(true);
        GrantApplication application = lockedApplication(view, service, studentId);
        try {
            application.submit(answers, view.username(), LocalDateTime.now(clock));
        } catch (GrantRejected refused) {
            logReplay(view, application, "modifier");
            throw refused;
        }
        return GrantApplicationView.of(application);
    }

    /** A form posted for an application no longer editable: a replayed request or a page left open; logged. */
    private static void logReplay(FamilyView view, GrantApplication application, String what) {
        LOG.warning(() -> "Bourse refusée : compte " + view.username() + " a voulu " + what + " la demande "
                + application.getId() + " déjà « " + application.getStatus().label() + " »");
    }

    /** This year's application of the pupil, created as a draft if none; his row locked for the transaction. */
    private GrantApplication lockedApplication(FamilyView view, NationalService service, long studentId) {
        em.find(Student.class, studentId, LockModeType.PESSIMISTIC_WRITE);
        int year = years.current(view.establishmentId());
        Optional<GrantApplication> existing = em.createQuery("SELECT g FROM GrantApplication g WHERE "
                        + "g.studentId = :s AND g.schoolYear = :y", GrantApplication.class)
                .setParameter("s", studentId).setParameter("y", year).getResultStream().findFirst();
        if (existing.isPresent()) {
            return existing.get();
        }
        GrantApplication created = new GrantApplication(view.establishmentId(), studentId, year, service,
                view.username(), LocalDateTime.now(clock));
        em.persist(created);
        em.flush();
        return created;
    }

    private static long requireService(FamilyView view, NationalService service) {
        ServiceKey key = ServiceKey.of(service);
        if (!view.hasChild() || view.establishmentId() == null || !view.isGuardian() || !view.menu().allows(key)) {
            LOG.warning(() -> "Bourse refusée : compte " + view.username() + ", élève "
                    + (view.hasChild() ? view.child().studentId() : null) + " (" + (view.hasChild()
                    ? view.menu().decision(key) : "aucun enfant") + ")");
            throw new AccessDeniedException("Service de bourse non ouvert pour cet élève");
        }
        return view.child().studentId();
    }
}

package org.scolarite.schoollife.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import org.scolarite.catalog.entity.NationalService;
import org.scolarite.catalog.entity.ServiceKey;
import org.scolarite.navigation.boundary.FamilyView;
import org.scolarite.schoollife.entity.AbsenceWeeks;
import org.scolarite.schoollife.entity.SchoolLifeContact;
import org.scolarite.schoollife.entity.SchoolLifeEvent;
import org.scolarite.schoollife.entity.SchoolLifeKind;
import org.scolarite.schoollife.entity.SchoolLifeRange;
import org.scolarite.staff.boundary.AccessDeniedException;
import org.scolarite.structure.entity.SchoolPeriod;

/**
 * The Vie scolaire page of the pupil a checked family view shows (R-VS-1). The pupil is never a parameter: it is the
 * view's child, which the portal's access filter checked against the account; the service must be in that child's
 * menu (open, prerequisite module, access not removed, R-ACC-9) or the call is refused — the filter refuses the page
 * first, this is the second lock. Three queries whatever the number of events: the division's periods, the shown
 * events of the range, the establishment's mailboxes.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class SchoolLifeJournal {

    private static final Logger LOG = Logger.getLogger(SchoolLifeJournal.class.getName());
    private static final ServiceKey SERVICE = ServiceKey.of(NationalService.SCHOOL_LIFE);

    @PersistenceContext(unitName = "teleservices")
    private EntityManager em;

    @Inject
    private Clock clock;

    /** @param asked the range the page's selector sent (null: the current period) */
    public SchoolLifePage page(FamilyView view, String asked) {
        if (!view.hasChild() || !view.menu().allows(SERVICE)) {
            LOG.warning(() -> "Vie scolaire refusée : compte " + view.username() + ", élève "
                    + (view.hasChild() ? view.child().studentId() : null) + " (" + view.menu().decision(SERVICE) + ")");
            throw new AccessDeniedException("Vie scolaire fermée pour cet élève");
        }
        long studentId = view.child().studentId();
        LocalDate today = LocalDate.now(clock);
        List<SchoolPeriod> periods = em.createQuery("SELECT p FROM SchoolPeriod p, Student s WHERE s.id = :student "
                        + "AND p.division = s.division ORDER BY p.startsOn", SchoolPeriod.class)
                .setParameter("student", studentId).getResultList();
        SchoolLifeRange.Choices choices = SchoolLifeRange.choices(periods, today);
        SchoolLifeRange range = SchoolLifeRange.of(asked, choices, today);
        // R-VS-1 in the query: only rows whose stored « shown » says the family may see them.
        List<SchoolLifeEvent> events = em.createQuery("SELECT e FROM SchoolLifeEvent e WHERE e.studentId = :student "
                        + "AND e.shown = TRUE AND e.date BETWEEN :from AND :to ORDER BY e.date DESC, e.startsAt DESC, "
                        + "e.id DESC", SchoolLifeEvent.class)
                .setParameter("student", studentId).setParameter("from", range.from()).setParameter("to", range.to())
                .getResultList();
        List<SchoolLifeEvent> absences = of(events, SchoolLifeKind.ABSENCE);
        List<AbsenceWeeks.Week> weeks = AbsenceWeeks.of(absences.stream()
                .map(a -> new AbsenceWeeks.Absence(a.getDate(), a.getHalfDays())).toList(), range.from(), range.to(),
                today);
        @SuppressWarnings("unchecked")
        List<String> emails = em.createNativeQuery("SELECT email FROM establishment_email WHERE establishment_id = ? "
                + "ORDER BY position").setParameter(1, view.establishmentId()).getResultList();
        var settings = view.settings();
        String mailbox = SchoolLifeContact.mailbox(emails, settings == null ? null : settings.contactMailbox())
                .orElse(null);
        return new SchoolLifePage(range, choices, absences, of(events, SchoolLifeKind.LATENESS),
                of(events, SchoolLifeKind.PUNISHMENT), of(events, SchoolLifeKind.SANCTION),
                of(events, SchoolLifeKind.MEASURE), weeks,
                absences.stream().mapToInt(SchoolLifeEvent::getHalfDays).sum(), mailbox,
                settings == null ? null : settings.phone());
    }

    private static List<SchoolLifeEvent> of(List<SchoolLifeEvent> events, SchoolLifeKind kind) {
        List<SchoolLifeEvent> ofKind = new ArrayList<>();
        for (SchoolLifeEvent event : events) {
            if (event.getKind() == kind) {
                ofKind.add(event);
            }
        }
        return ofKind;
    }
}

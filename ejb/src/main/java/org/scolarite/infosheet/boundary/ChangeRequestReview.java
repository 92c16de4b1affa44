package org.scolarite.infosheet.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.logging.Logger;
import org.scolarite.account.entity.Account;
import org.scolarite.audit.boundary.AuditTrail;
import org.scolarite.infosheet.control.AcceptedChangesCsv;
import org.scolarite.infosheet.control.DecisionMail;
import org.scolarite.infosheet.entity.ChangeRequest;
import org.scolarite.infosheet.entity.ChangeStatus;
import org.scolarite.infosheet.entity.SheetRecords;
import org.scolarite.notification.boundary.Outbox;
import org.scolarite.notification.entity.MailKind;
import org.scolarite.people.entity.GuardianLink;
import org.scolarite.people.entity.Student;
import org.scolarite.staff.boundary.AccessDeniedException;
import org.scolarite.staff.boundary.StaffDirectory;
import org.scolarite.staff.entity.StaffRole;
import org.scolarite.structure.entity.Establishment;

/**
 * The school's side of the information sheet (R-FICHE-1), in the console: the pending changes of its pupils and
 * guardians, accepted or refused one by one (an accepted value is written to the school's data), each decision
 * confirmed to the guardian by e-mail in the same transaction (R-MAIL-1), and the accepted changes exported for the
 * administration system. Head and delegate only: the people who keep the school's records (R-ROLE-1).
 */
@Stateless
public class ChangeRequestReview {

    public static final String AUDIT_DECISION = "FICHE_RENSEIGNEMENTS_DECISION";
    public static final String AUDIT_EXPORT = "FICHE_RENSEIGNEMENTS_EXPORT";

    private static final Logger LOG = Logger.getLogger(ChangeRequestReview.class.getName());

    @PersistenceContext(unitName = "teleservices")
    private EntityManager em;

    @Inject
    private StaffDirectory staff;

    @Inject
    private Outbox outbox;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    public List<PendingChange> pending(String actor, long establishmentId) {
        staff.requireRole(actor, establishmentId, StaffRole.HEAD, StaffRole.DELEGATE);
        return em.createQuery("SELECT c FROM ChangeRequest c JOIN FETCH c.student s JOIN FETCH c.guardian "
                        + "LEFT JOIN FETCH s.division WHERE c.establishmentId = :e AND c.status = :pending "
                        + "ORDER BY c.submittedAt, c.id", ChangeRequest.class)
                .setParameter("e", establishmentId).setParameter("pending", ChangeStatus.PENDING)
                .getResultStream().map(ChangeRequestReview::line).toList();
    }

    /**
     * Accepts or refuses one pending change. False when it is no longer pending (decided meanwhile, by a double
     * click or another administrator): nothing is written twice, no second e-mail.
     */
    public boolean decide(String actor, long establishmentId, long requestId, boolean accept) {
        staff.requireRole(actor, establishmentId, StaffRole.HEAD, StaffRole.DELEGATE);
        ChangeRequest request = em.find(ChangeRequest.class, requestId);
        if (request == null || request.getEstablishmentId() != establishmentId) {
            LOG.warning(() -> "Fiche de renseignements : " + actor + " a voulu décider la demande " + requestId
                    + " hors de l'établissement " + establishmentId);
            throw new AccessDeniedException("Demande " + requestId + " hors de l'établissement");
        }
        // The pupil's lock serializes decisions with the guardians' submissions (InformationSheets.submit).
        em.lock(request.getStudent(), LockModeType.PESSIMISTIC_WRITE);
        em.refresh(request);
        if (!request.isPending()) {
            return false;
        }
        LocalDateTime now = LocalDateTime.now(clock);
        if (accept) {
            request.accept(actor, now);
            SheetRecords.write(request.getField(), request.getNewValue(), request.getStudent(),
                    request.getGuardian());
        } else {
            request.refuse(actor, now);
        }
        em.flush();
        confirm(actor, request);
        audit.record(actor, establishmentId, AUDIT_DECISION, request.getStudent().fullName(),
                request.getField().label() + " : " + request.getStatus());
        return true;
    }

    /** The accepted changes of the establishment, oldest first, as CSV for the administration system. */
    public void writeAcceptedCsv(String actor, long establishmentId, OutputStream out) {
        staff.requireRole(actor, establishmentId, StaffRole.HEAD, StaffRole.DELEGATE);
        Establishment school = em.find(Establishment.class, establishmentId);
        List<ChangeRequest> accepted = em.createQuery("SELECT c FROM ChangeRequest c JOIN FETCH c.student "
                        + "JOIN FETCH c.guardian WHERE c.establishmentId = :e AND c.status = :accepted "
                        + "ORDER BY c.decidedAt, c.id", ChangeRequest.class)
                .setParameter("e", establishmentId).setParameter("accepted", ChangeStatus.ACCEPTED)
                .getResultList();
        AcceptedChangesCsv.write(school.getUai().value(), accepted, out);
        audit.record(actor, establishmentId, AUDIT_EXPORT, school.getUai().value(),
                "CSV, " + accepted.size() + " modification(s)");
    }

    private void confirm(String actor, ChangeRequest request) {
        Account account = request.getAccountId() == null ? null : em.find(Account.class, request.getAccountId());
        String recipient = account != null && account.isEmailValidated() ? account.getEmail()
                : request.getGuardian().getEmail();
        if (recipient == null || recipient.isBlank()) {
            LOG.info(() -> "Fiche de renseignements : pas de courriel pour la décision " + request.getId());
            return;
        }
        Student pupil = request.getStudent();
        DecisionMail mail = DecisionMail.of(request, pupil.getEstablishment().getName(),
                pupil.getFirstName() + " " + pupil.displayLastName().toUpperCase(Locale.FRENCH));
        outbox.enqueue("infosheet:" + request.getId() + ":" + request.getStatus(), request.getEstablishmentId(),
                recipient, mail.subject(), mail.html(), mail.text(), MailKind.INFO_SHEET_DECISION, actor);
    }

    private static PendingChange line(ChangeRequest c) {
        Student pupil = c.getStudent();
        String rank = pupil.getGuardianLinks().stream().filter(l -> l.getGuardian().equals(c.getGuardian()))
                .map(GuardianLink::getLegalRank).map(Enum::name).findFirst().orElse("");
        return new PendingChange(c.getId(), pupil.fullName(),
                pupil.getDivision() == null ? "" : pupil.getDivision().getCode(), c.getGuardian().fullName(), rank,
                c.getField(), c.getOldValue(), c.getNewValue(), c.getSubmittedAt());
    }
}

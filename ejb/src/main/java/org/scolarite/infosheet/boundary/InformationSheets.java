package org.scolarite.infosheet.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.scolarite.account.entity.Account;
import org.scolarite.infosheet.entity.ChangeRequest;
import org.scolarite.infosheet.entity.ChangeStatus;
import org.scolarite.infosheet.entity.SheetField;
import org.scolarite.infosheet.entity.SheetRecords;
import org.scolarite.infosheet.entity.SheetReview;
import org.scolarite.people.entity.Guardian;
import org.scolarite.people.entity.GuardianLink;
import org.scolarite.people.entity.LegalRank;
import org.scolarite.people.entity.Student;

/**
 * « Fiche de renseignements » on the portal (R-FICHE-1): the sheet of a pupil for the guardian holding the account, and
 * its submission as change requests pending at the school. Every id a request carries is checked against the
 * account: the pupil must be one the account's holder is légal 1 or 2 of, the guardian must be that holder, the fields
 * must be editable ones — anything else is a forged request, refused ({@link SheetRequestRefused}).
 */
@Stateless
public class InformationSheets {

    @PersistenceContext(unitName = "teleservices")
    private EntityManager em;

    @Inject
    private Clock clock;

    public SheetView sheet(long accountId, long studentId) {
        Account account = em.find(Account.class, accountId);
        GuardianLink link = linkOf(account, studentId);
        return view(link);
    }

    /**
     * Records what the guardian typed ({@code typed}: field name → text, the fields of one tab), after checking the
     * ids the form carried. Returns what happened: errors (nothing recorded), blocked by the other guardian's pending
     * change of the pupil, or the changes recorded.
     */
    public SheetReview.Outcome submit(long accountId, long studentId, long formStudentId, long formGuardianId,
                                      Map<String, String> typed) {
        Account account = em.find(Account.class, accountId);
        GuardianLink link = linkOf(account, studentId);
        if (formStudentId != studentId) {
            throw new SheetRequestRefused("élève " + formStudentId + " au lieu de " + studentId);
        }
        if (formGuardianId != link.getGuardian().getId()) {
            throw new SheetRequestRefused("responsable " + formGuardianId);
        }
        Map<SheetField, String> fields = new EnumMap<>(SheetField.class);
        typed.forEach((name, value) -> fields.put(SheetField.named(name)
                .orElseThrow(() -> new SheetRequestRefused("champ non modifiable " + name)), value));
        Student pupil = link.getStudent();
        Guardian guardian = link.getGuardian();
        // Locked in this order by every submission and decision of the pupil: two guardians submitting at once
        // are serialized, so that the second sees the first's pending request (R-FICHE-1).
        em.lock(pupil, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        SheetReview review = review(pupil, guardian);
        SheetReview.Outcome outcome = review.review(fields);
        LocalDateTime now = LocalDateTime.now(clock);
        for (SheetField withdrawn : outcome.withdrawn()) {
            pendingOf(pupil, guardian, withdrawn).ifPresent(em::remove);
        }
        for (SheetReview.Change change : outcome.changes()) {
            pendingOf(pupil, guardian, change.field()).ifPresentOrElse(
                    request -> request.replace(change, account.getId(), now),
                    () -> em.persist(new ChangeRequest(pupil.getEstablishment().getId(), pupil, guardian,
                            account.getId(), change, now)));
        }
        em.flush();
        return outcome;
    }

    /** The account holder's link to the pupil, or a refusal: not a guardian's account, or not one of his children. */
    private GuardianLink linkOf(Account account, long studentId) {
        if (account == null || account.getGuardian() == null) {
            throw new SheetRequestRefused("élève " + studentId + " (compte sans responsable)");
        }
        Guardian holder = account.getGuardian();
        List<GuardianLink> links = em.createQuery("SELECT l FROM GuardianLink l JOIN FETCH l.guardian "
                        + "WHERE l.student.id = :s AND l.accessRefused = false AND l.legalRank IN :ranks",
                        GuardianLink.class)
                .setParameter("s", studentId).setParameter("ranks", List.of(LegalRank.FIRST, LegalRank.SECOND))
                .getResultList();
        return links.stream().filter(l -> l.getGuardian().getId().equals(holder.getId())).findFirst()
                // A regrouped account (R-PORTAL-8) holds the guardian's record of one establishment: in another,
                // the same person is the légal guardian of the same names.
                .or(() -> links.stream().filter(l -> sameNames(l.getGuardian(), holder)).findFirst())
                .orElseThrow(() -> new SheetRequestRefused("élève " + studentId));
    }

    private static boolean sameNames(Guardian a, Guardian b) {
        return a.getFirstName().equalsIgnoreCase(b.getFirstName())
                && a.displayLastName().equalsIgnoreCase(b.displayLastName());
    }

    private SheetView view(GuardianLink link) {
        Student pupil = link.getStudent();
        Guardian guardian = link.getGuardian();
        Guardian legal1 = pupil.getGuardianLinks().stream().filter(l -> l.getLegalRank() == LegalRank.FIRST)
                .map(GuardianLink::getGuardian).findFirst().orElse(null);
        boolean ofLegal1 = pupil.getAddress() == null || pupil.getAddress().formatted().isBlank()
                || legal1 != null && Objects.equals(pupil.getAddress(), legal1.getAddress());
        String address = pupil.getAddress() == null || pupil.getAddress().formatted().isBlank() ? null
                : pupil.getAddress().formatted();
        return new SheetView(pupil.getId(), guardian.getId(),
                pupil.getFirstName() + " " + pupil.displayLastName().toUpperCase(Locale.FRENCH), guardian.fullName(),
                pupil.getRegime(), address, ofLegal1, link.getLegalRank().name(), link.getRelationship(),
                review(pupil, guardian));
    }

    private SheetReview review(Student pupil, Guardian guardian) {
        List<SheetReview.Pending> pending = em.createQuery("SELECT c FROM ChangeRequest c WHERE c.status = :pending "
                        + "AND (c.student = :s OR c.guardian = :g)", ChangeRequest.class)
                .setParameter("s", pupil).setParameter("g", guardian).setParameter("pending", ChangeStatus.PENDING)
                .getResultStream()
                // The pupil's fields whoever asked; the guardian's own fields, asked from any of his children's sheets.
                .filter(c -> c.getField().isPupil() ? c.getStudent().getId().equals(pupil.getId())
                        : c.getGuardian().getId().equals(guardian.getId()))
                .map(c -> new SheetReview.Pending(c.getField(), c.getGuardian().getId(), c.getNewValue()))
                .toList();
        return new SheetReview(guardian.getId(), SheetRecords.read(pupil, guardian), pending);
    }

    private java.util.Optional<ChangeRequest> pendingOf(Student pupil, Guardian guardian, SheetField field) {
        return em.createQuery("SELECT c FROM ChangeRequest c WHERE c.openKey = :key", ChangeRequest.class)
                .setParameter("key", ChangeRequest.openKey(field, pupil.getId(), guardian.getId()))
                .getResultStream().findFirst();
    }
}

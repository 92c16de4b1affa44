package org.scolarite.enrolment.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Logger;
import org.scolarite.account.entity.Account;
import org.scolarite.catalog.entity.NationalService;
import org.scolarite.catalog.entity.ServiceKey;
import org.scolarite.enrolment.control.EnrolmentReceiptPdf;
import org.scolarite.enrolment.control.EnrolmentRecords;
import org.scolarite.enrolment.entity.AdministrativeData;
import org.scolarite.enrolment.entity.Assignment;
import org.scolarite.enrolment.entity.Enrolment;
import org.scolarite.enrolment.entity.EnrolmentCampaign;
import org.scolarite.enrolment.entity.EnrolmentPage;
import org.scolarite.enrolment.entity.EnrolmentRejected;
import org.scolarite.enrolment.entity.Incompatibility;
import org.scolarite.enrolment.entity.MefOptionRule;
import org.scolarite.enrolment.entity.OptionKind;
import org.scolarite.navigation.boundary.FamilyView;
import org.scolarite.notification.boundary.Outbox;
import org.scolarite.notification.control.MailText;
import org.scolarite.notification.entity.MailKind;
import org.scolarite.people.entity.Guardian;
import org.scolarite.people.entity.Student;
import org.scolarite.structure.entity.Establishment;
import org.scolarite.structure.entity.PostalAddress;

/**
 * The family's side of « Inscription en ligne au lycée » (R-INSC-1). Every call takes the family view the portal's
 * access filter computed and checked for this request (the child is one the account opens today, the service is open
 * for him and the account is a guardian's); it is checked again here, and the pupil's assignment is found from that
 * child only — a request never names an enrolment, so it cannot reach another family's. A change after the lycée's
 * deadline, or an option the MEF does not offer, is refused and logged (WARNING, account and pupil named).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRED)
public class Enrolments {

    private static final Logger LOG = Logger.getLogger(Enrolments.class.getName());
    private static final ServiceKey ENROLMENT = ServiceKey.of(NationalService.ENROLMENT);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRENCH);

    @PersistenceContext(unitName = "teleservices")
    private EntityManager em;

    @Inject
    private EnrolmentRecords records;

    @Inject
    private Outbox outbox;

    @Inject
    private Clock clock;

    /** The page of the shown child; null when he has no assignment (or his lycée has not opened its campaign). */
    public EnrolmentPage page(FamilyView view) {
        Assignment assignment = assignment(view, "consultation").orElse(null);
        if (assignment == null) {
            return null;
        }
        EnrolmentCampaign campaign = records.campaign(assignment.getLycee().getId()).orElse(null);
        if (campaign == null) {
            return null;
        }
        MefOptionRule rule = rule(assignment);
        Enrolment enrolment = records.enrolment(assignment.getId()).orElse(null);
        Student pupil = assignment.getStudent();
        AdministrativeData data = enrolment == null ? null : enrolment.administrativeData();
        if (data == null) {
            data = proposed(view, pupil);
        }
        return new EnrolmentPage(pupil.getId(), pupil.getFirstName() + " " + pupil.getLastName(),
                assignment.getLycee().getName(), lines(assignment.getLycee().getAddress()),
                track(assignment), campaign.getMessage(), campaign.getDeadline(),
                campaign.isOpen(LocalDate.now(clock)), enrolment == null ? null : enrolment.getStatus(),
                enrolment == null ? Set.of() : enrolment.getChoices(), options(rule, OptionKind.LVB),
                options(rule, OptionKind.LVC), options(rule, OptionKind.OPTIONAL), rule.getMinOptional(),
                rule.getMaxOptional(), incompatibilities(rule), data, lines(pupil.getAddress()),
                enrolment == null ? null : enrolment.getConfirmedAt(), enrolment == null ? null : enrolment.getId());
    }

    /**
     * « J'inscris mon enfant » ({@code enrol}) or « Je n'inscris pas mon enfant ». A refusal, when it changes the
     * decision, queues an e-mail to the collège in the same transaction (R-MAIL-1); a replayed request changes
     * nothing and queues nothing.
     */
    public void decide(FamilyView view, boolean enrol) {
        Assignment assignment = openAssignment(view, enrol ? "inscription" : "refus d’inscription");
        LocalDateTime now = LocalDateTime.now(clock);
        Enrolment enrolment = records.enrolmentLocked(assignment.getId()).orElse(null);
        if (enrolment == null) {
            enrolment = enrol ? Enrolment.enrol(assignment, view.username(), now)
                    : Enrolment.decline(assignment, view.username(), now);
            em.persist(enrolment);
            em.flush();
            if (!enrol) {
                tellCollege(assignment, enrolment, view);
            }
        } else if (enrol) {
            enrolment.enrol(view.username(), now);
        } else if (enrolment.decline(view.username(), now)) {
            em.flush();
            tellCollege(assignment, enrolment, view);
        }
    }

    /** Step 2: the wishes. A code the MEF does not offer did not come from the form: refused and logged. */
    public void choose(FamilyView view, Set<String> codes) {
        Assignment assignment = openAssignment(view, "choix d’options");
        MefOptionRule rule = rule(assignment);
        Set<String> chosen = new TreeSet<>(codes);
        if (!rule.offersAll(chosen)) {
            String asked = String.join(",", chosen).replaceAll("[^A-Za-z0-9_,-]", "?");
            LOG.warning(() -> "Inscription refusée : compte " + view.username() + " a demandé les options " + asked
                    + " non proposées pour la formation (élève " + view.child().studentId() + ")");
            throw new EnrolmentRefused("Option non proposée pour cette formation");
        }
        started(view, assignment).choose(chosen, rule, view.username(), LocalDateTime.now(clock));
    }

    /** Step 3: the administrative data ({@link AdministrativeData#of} checked them). */
    public void record(FamilyView view, AdministrativeData data) {
        Assignment assignment = openAssignment(view, "données administratives");
        started(view, assignment).record(data, view.username(), LocalDateTime.now(clock));
    }

    /** Step 4: the confirmation; a replay changes nothing. */
    public void confirm(FamilyView view) {
        Assignment assignment = openAssignment(view, "confirmation");
        started(view, assignment).confirm(rule(assignment), view.username(), LocalDateTime.now(clock));
    }

    /** The receipt of a confirmed enrolment, as PDF, streamed (never stored). */
    public void writeReceipt(FamilyView view, OutputStream out) throws IOException {
        EnrolmentPage page = page(view);
        if (page == null || !page.isConfirmed()) {
            LOG.warning(() -> "Récapitulatif d’inscription refusé : compte " + view.username() + ", élève "
                    + (view.hasChild() ? view.child().studentId() : null) + " (pas d’inscription confirmée)");
            throw new EnrolmentRefused("Pas d’inscription confirmée");
        }
        EnrolmentReceiptPdf.write(page, LocalDateTime.now(clock), out);
    }

    private Enrolment started(FamilyView view, Assignment assignment) {
        return records.enrolmentLocked(assignment.getId()).orElseThrow(() -> new EnrolmentRejected(null,
                "Choisissez d’abord « J’inscris mon enfant » (étape 1)."));
    }

    /** The child's assignment for a change: refused and logged after the lycée's deadline. */
    private Assignment openAssignment(FamilyView view, String action) {
        Assignment assignment = assignment(view, action).orElseThrow(() -> {
            LOG.warning(() -> "Inscription refusée : compte " + view.username() + ", " + action + " pour l’élève "
                    + (view.hasChild() ? view.child().studentId() : null) + " qui n’a pas d’affectation");
            return new EnrolmentRefused("Pas d’affectation");
        });
        EnrolmentCampaign campaign = records.campaign(assignment.getLycee().getId()).orElseThrow(
                () -> new EnrolmentRefused("Pas de campagne d’inscription"));
        LocalDate today = LocalDate.now(clock);
        if (!campaign.isOpen(today)) {
            LOG.warning(() -> "Inscription refusée après la date limite du " + campaign.getDeadline() + " : compte "
                    + view.username() + ", " + action + " pour l’élève " + view.child().studentId());
            throw new EnrolmentRejected(null, "La date limite d’inscription (" + DAY.format(campaign.getDeadline())
                    + ") est dépassée : l’inscription ne peut plus être modifiée. Contactez le lycée.");
        }
        return assignment;
    }

    private java.util.Optional<Assignment> assignment(FamilyView view, String action) {
        if (!view.hasChild() || !view.isGuardian() || !view.menu().allows(ENROLMENT)) {
            LOG.warning(() -> "Inscription refusée : compte " + view.username() + ", " + action + ", élève "
                    + (view.hasChild() ? view.child().studentId() : null) + " (service non ouvert)");
            throw new EnrolmentRefused("Inscription en ligne non ouverte pour ce compte");
        }
        return records.assignmentOf(view.child().studentId());
    }

    private MefOptionRule rule(Assignment assignment) {
        // A MEF the lycée set nothing for offers no option: the family then only confirms the track.
        return records.rule(assignment.getLycee().getId(), assignment.getMef().getId())
                .orElseGet(() -> new MefOptionRule(assignment.getLycee().getId(), assignment.getMef(), 0, 0));
    }

    /** The collège's contact mailbox, else its first address: the school learns that the family declines. */
    private void tellCollege(Assignment assignment, Enrolment enrolment, FamilyView view) {
        Establishment college = assignment.getStudent().getEstablishment();
        String mailbox = view.settings() != null && view.settings().contactMailbox() != null
                ? view.settings().contactMailbox()
                : records.establishmentEmails(college.getId()).stream().findFirst().orElse(null);
        if (mailbox == null) {
            LOG.warning(() -> "Refus d’inscription de l’élève " + assignment.getStudent().getId()
                    + " : le collège n’a pas d’adresse électronique, il le verra dans le suivi");
            return;
        }
        Student pupil = assignment.getStudent();
        String name = pupil.getFirstName() + " " + pupil.getLastName()
                + (pupil.getDivision() == null ? "" : " (" + pupil.getDivision().getCode() + ")");
        String text = "Bonjour,\n\nLa famille de " + name + " a indiqué sur Scolarité services qu’elle n’inscrit pas "
                + "son enfant au lycée où il est affecté : " + assignment.getLycee().getName() + ", "
                + track(assignment) + ".\n\nRéponse donnée le " + DAY.format(enrolment.getUpdatedAt())
                + " par le compte " + view.username() + ".\n";
        String html = "<p>Bonjour,</p><p>La famille de <strong>" + MailText.escape(name) + "</strong> a indiqué sur "
                + "Scolarité services qu’elle n’inscrit pas son enfant au lycée où il est affecté\u00a0: "
                + MailText.escape(assignment.getLycee().getName()) + ", " + MailText.escape(track(assignment))
                + ".</p><p>Réponse donnée le " + DAY.format(enrolment.getUpdatedAt()) + " par le compte "
                + MailText.escape(view.username()) + ".</p>";
        outbox.enqueue("enrolment-refusal:" + enrolment.getId() + ":" + enrolment.getUpdatedAt(), college.getId(),
                mailbox, "Inscription au lycée refusée : " + name, html, text, MailKind.ENROLMENT_REFUSAL,
                view.username());
    }

    /** What the school file proposes: the account's guardian's phones and e-mail; the family confirms them. */
    private AdministrativeData proposed(FamilyView view, Student pupil) {
        Account account = em.find(Account.class, view.accountId());
        Guardian guardian = account == null ? null : account.getGuardian();
        String email = account != null && account.getEmail() != null ? account.getEmail()
                : guardian == null ? null : guardian.getEmail();
        return new AdministrativeData(guardian == null ? null : guardian.getHomePhone(),
                guardian == null ? null : guardian.getMobilePhone(), email, false, null);
    }

    static String track(Assignment assignment) {
        String edition = assignment.getMef().getEditionLabel();
        return edition != null && !edition.isBlank() ? edition : assignment.getMef().getLabel();
    }

    private static List<EnrolmentPage.Option> options(MefOptionRule rule, OptionKind kind) {
        return rule.options(kind).stream().map(o -> new EnrolmentPage.Option(o.getCode(), o.getLabel())).toList();
    }

    private static List<String> incompatibilities(MefOptionRule rule) {
        List<String> lines = new ArrayList<>();
        for (Incompatibility pair : rule.getIncompatibilities()) {
            lines.add(rule.label(pair.getFirstCode()) + " / " + rule.label(pair.getSecondCode()));
        }
        return lines;
    }

    static List<String> lines(PostalAddress address) {
        if (address == null) {
            return List.of();
        }
        List<String> lines = new ArrayList<>();
        for (String line : new String[] {address.getLine1(), address.getLine2(), address.getLine3(),
                address.getLine4()}) {
            if (line != null && !line.isBlank()) {
                lines.add(line);
            }
        }
        String city = ((address.getPostalCode() == null ? "" : address.getPostalCode() + " ")
                + (address.getCity() == null ? "" : address.getCity())).strip();
        if (!city.isEmpty()) {
            lines.add(city);
        }
        return lines;
    }
}

package org.scolarite.navigation.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.regex.Pattern;
import org.scolarite.account.boundary.AccountService;
import org.scolarite.account.entity.Account;
import org.scolarite.notification.boundary.Outbox;
import org.scolarite.notification.control.MailText;
import org.scolarite.notification.entity.MailKind;
import org.scolarite.navigation.entity.ContactForm;
import org.scolarite.navigation.entity.ContactRejected;
import org.scolarite.people.boundary.ChildSummary;
import org.scolarite.people.entity.Guardian;
import org.scolarite.people.entity.Student;
import org.scolarite.settings.boundary.PortalSettings;
import org.scolarite.settings.boundary.PortalSettingsView;
import org.scolarite.structure.boundary.AcademyDirectory;

/**
 * The portal's contact form (R-PORTAL-7, R-SET-5): while the establishment's contact link is active, a family writes
 * to the chosen mailbox. The school's e-mail names the sender (the account's holder), the pupil and his class, and
 * answers to the family's validated e-mail (Reply-To); the family gets a copy that does not show the school's
 * address. Both go through the outbox in one transaction (R-MAIL-1), under keys made of the account and the form's
 * submission id, so that a double submission of the same form queues nothing twice.
 */
@Stateless
public class ContactMessages {

    private static final Pattern SUBMISSION = Pattern.compile("[A-Za-z0-9-]{8,64}");

    @Inject
    private FamilyNavigation navigation;

    @Inject
    private PortalSettings settings;

    @Inject
    private AccountService accounts;

    @Inject
    private AcademyDirectory academies;

    @Inject
    private Outbox outbox;

    /**
     * The family's validated e-mail, where the school will answer (R-SET-5); empty when the account has none yet, and
     * then the form is not offered (the page says to validate it first).
     */
    public java.util.Optional<String> replyAddress(String username) {
        return accounts.findByUsername(academies.portalAcademyCode(), username)
                .filter(a -> a.getEmail() != null && a.isEmailValidated()).map(Account::getEmail);
    }

    /** Whether the form is offered for this child: contact link active today (R-SET-5). */
    public boolean formOffered(String username, long studentId) {
        return settings.forChild(username, studentId).map(PortalSettingsView::contactMailbox).isPresent();
    }

    /**
     * Queues the message and its copy.
     *
     * @return false when this submission had already been sent (nothing queued again)
     * @throws ContactRejected       when the form is not offered, the family has no validated e-mail, or a field is
     *                               wrong (French message)
     * @throws org.scolarite.staff.boundary.AccessDeniedException for a pupil the account does not open
     */
    public boolean send(String username, long studentId, String subject, String message, String submissionId) {
        FamilyView view = navigation.view(username, studentId);
        PortalSettingsView school = settings.forChild(username, studentId).orElseThrow();
        if (school.contactMailbox() == null) {
            throw new ContactRejected(null, "Votre établissement ne reçoit pas de messages par ce formulaire\u00a0: "
                    + "écrivez-lui ou téléphonez-lui aux coordonnées ci-dessus.");
        }
        if (submissionId == null || !SUBMISSION.matcher(submissionId).matches()) {
            throw new IllegalArgumentException("submission id");
        }
        Account account = accounts.findByUsername(academies.portalAcademyCode(), username).orElseThrow();
        if (account.getEmail() == null || !account.isEmailValidated()) {
            throw new ContactRejected(null, "Pour écrire à l’établissement, validez d’abord votre adresse "
                    + "électronique (Mon compte)\u00a0: la réponse vous sera envoyée à cette adresse.");
        }
        ContactForm form = ContactForm.of(subject, message);
        ChildSummary child = view.child();
        String sender = senderName(account);
        String pupil = child.firstName() + " " + child.lastName()
                + (child.division() == null ? "" : " (classe " + child.division() + ")");

        String schoolText = "Message envoyé depuis Scolarité services.\n\n"
                + "De : " + sender + " — " + (view.isGuardian() ? "responsable de " : "élève : ") + pupil + "\n"
                + "Adresse de réponse : " + account.getEmail() + "\n"
                + "Objet : " + form.subject() + "\n\n" + form.message() + "\n";
        String schoolHtml = "<p>Message envoyé depuis Scolarité services.</p>"
                + "<p><strong>De\u00a0:</strong> " + MailText.escape(sender) + " — "
                + (view.isGuardian() ? "responsable de " : "élève\u00a0: ") + MailText.escape(pupil) + "<br/>"
                + "<strong>Adresse de réponse\u00a0:</strong> " + MailText.escape(account.getEmail()) + "<br/>"
                + "<strong>Objet\u00a0:</strong> " + MailText.escape(form.subject()) + "</p>"
                + MailText.toHtml(form.message());
        boolean queued = outbox.enqueue("contact:" + account.getId() + ":" + submissionId, school.establishmentId(),
                school.contactMailbox(), account.getEmail(), "[Scolarité services] " + form.subject(), schoolHtml,
                schoolText, MailKind.CONTACT_MESSAGE, username);
        if (!queued) {
            return false;
        }
        String copyText = "Bonjour,\n\nVoici la copie du message que vous avez envoyé à " + school.establishmentName()
                + " depuis Scolarité services au sujet de " + pupil + ".\n\n"
                + "Objet : " + form.subject() + "\n\n" + form.message() + "\n\n"
                + "L’établissement vous répondra à cette adresse.\n";
        String copyHtml = "<p>Bonjour,</p><p>Voici la copie du message que vous avez envoyé à "
                + MailText.escape(school.establishmentName()) + " depuis Scolarité services au sujet de "
                + MailText.escape(pupil) + ".</p><p><strong>Objet\u00a0:</strong> " + MailText.escape(form.subject())
                + "</p>" + MailText.toHtml(form.message())
                + "<p>L’établissement vous répondra à cette adresse.</p>";
        outbox.enqueue("contact-copy:" + account.getId() + ":" + submissionId, school.establishmentId(),
                account.getEmail(), "Copie de votre message : " + form.subject(), copyHtml, copyText,
                MailKind.CONTACT_MESSAGE, username);
        return true;
    }

    private static String senderName(Account account) {
        Guardian guardian = account.getGuardian();
        if (guardian != null) {
            String civility = guardian.getCivility() == null ? "" : guardian.getCivility() + " ";
            String last = guardian.getUsageName() != null ? guardian.getUsageName() : guardian.getLastName();
            return civility + guardian.getFirstName() + " " + last;
        }
        Student student = account.getStudent();
        return student.getFirstName() + " " + (student.getUsageName() != null ? student.getUsageName()
                : student.getLastName());
    }
}

package org.scolarite.portal.contact;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.UUID;
import org.scolarite.navigation.boundary.ContactMessages;
import org.scolarite.navigation.entity.ContactForm;
import org.scolarite.navigation.entity.ContactRejected;
import org.scolarite.navigation.entity.PortalArea;
import org.scolarite.portal.home.FamilyChild;
import org.scolarite.portal.navigation.CurrentFamily;
import org.scolarite.portal.navigation.PortalVisits;
import org.scolarite.settings.boundary.PortalSettingsView;

/**
 * « Contact » (R-PORTAL-7, R-SET-5): the address and phone of the child's establishment and, while its contact link
 * is active, the chosen mailbox and the contact form. The form's submission id is made once per view: a double click,
 * or the browser re-posting the same form, reuses it and the outbox queues nothing twice; once sent, the form stays
 * « sent » for this view (a new message is a new page).
 */
@Named("portalContact")
@ViewScoped
public class ContactBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private FamilyChild child;

    @Inject
    private CurrentFamily family;

    @Inject
    private transient ContactMessages messages;

    @Inject
    private transient PortalVisits visits;

    /** Read again after a postback: a settings view is not kept with the view's state. */
    private transient PortalSettingsView school;

    private final String submissionId = UUID.randomUUID().toString();

    private Long studentId;

    private String subject;

    private String message;

    private boolean sent;

    /** Where the school will answer: the family's validated e-mail; null when it has none yet. */
    private String replyAddress;

    /** The page's view action: runs before anything is written, so that a refusal can still answer « 403 ». */
    public void load() {
        school = shownSchool();
        studentId = school == null ? null : school.studentId();
        replyAddress = messages.replyAddress(child.username()).orElse(null);
        visits.viewed(PortalArea.CONTACT);
    }

    public void send() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            messages.send(child.username(), studentId, subject, message, submissionId);
            sent = true;
        } catch (ContactRejected rejected) {
            String target = rejected.field() == null ? null : "contact-form:" + rejected.field();
            faces.addMessage(target, new FacesMessage(FacesMessage.SEVERITY_ERROR, rejected.getMessage(), null));
        }
    }

    public PortalSettingsView getSchool() {
        if (school == null && studentId != null) {
            PortalSettingsView shown = shownSchool();
            school = shown != null && shown.studentId() == studentId ? shown : null;
        }
        return school;
    }

    /** The settings of the child's establishment in this request's checked view; null without a child. */
    private PortalSettingsView shownSchool() {
        return family.getView() == null ? null : family.getView().settings();
    }

    /** R-SET-5: the form only while the contact link is active. */
    public boolean isFormOffered() {
        return getSchool() != null && school.contactMailbox() != null;
    }

    /** R-SET-5: the answer goes to the family's validated e-mail; without one the page asks to validate it first. */
    public String getReplyAddress() {
        return replyAddress;
    }

    /** The child the form was shown for: posted back as « enfant », checked by the access filter. */
    public Long getStudentId() {
        return studentId;
    }

    public void setStudentId(Long studentId) {
        // Kept from the first render: the posted value is only checked (FamilyAccessFilter), never trusted here.
    }

    public int getSubjectMax() {
        return ContactForm.SUBJECT_MAX;
    }

    public int getMessageMax() {
        return ContactForm.MESSAGE_MAX;
    }

    public String getSubject() { return subject; }
    public void setSubject(String subject) { this.subject = subject; }
    public String getMessage() { return message; }
    public void setMessage(String message) { this.message = message; }
    public boolean isSent() { return sent; }

    /** « 02 31 45 67 89 » → « +33231456789 » for the {@code tel:} link. */
    public String getPhoneLink() {
        if (getSchool() == null || school.phone() == null) {
            return null;
        }
        String digits = school.phone().replaceAll("[^0-9+]", "");
        return digits.startsWith("0") ? "+33" + digits.substring(1) : digits;
    }
}

package org.scolarite.admin.servicesettings;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.EnumMap;
import java.util.Map;
import org.scolarite.catalog.boundary.ServiceLine;
import org.scolarite.catalog.entity.NationalService;
import org.scolarite.settings.boundary.EstablishmentSettings;
import org.scolarite.settings.boundary.SettingView;
import org.scolarite.settings.entity.ConcurrentSettingChange;
import org.scolarite.settings.entity.GrantContact;
import org.scolarite.settings.entity.Setting;
import org.scolarite.settings.entity.SettingRejected;
import org.scolarite.staff.boundary.AccessDeniedException;

/**
 * « Bourses » (R-BOURSE-1): the optional contact e-mail of « Bourse de collège » and of « Bourse de lycée », each
 * shown only where the catalogue offers the service (collèges; schools in the lycée-grant perimeter).
 */
@Named
@ViewScoped
public class GrantsBacking extends SettingsPage {

    private static final long serialVersionUID = 1L;

    /** The two grant services and the setting holding each one's contact. */
    public enum Grant {
        COLLEGE(NationalService.COLLEGE_GRANT, "collegeGrant"),
        LYCEE(NationalService.LYCEE_GRANT, "lyceeGrant");

        private final NationalService service;
        private final String formId;

        Grant(NationalService service, String formId) {
            this.service = service;
            this.formId = formId;
        }

        Setting<GrantContact> setting() {
            return this == COLLEGE ? Setting.COLLEGE_GRANT_CONTACT : Setting.LYCEE_GRANT_CONTACT;
        }

        public String getFormId() {
            return formId;
        }
    }

    /** One grant's form: the typed address, the revision it is based on, the note under it. */
    public static final class GrantForm implements Serializable {

        private static final long serialVersionUID = 1L;

        private final Grant grant;
        private final boolean open;
        private boolean editable;
        private int revision;
        private String email;
        private boolean contactOffered;
        private ChangeNote note;

        GrantForm(Grant grant, boolean open) {
            this.grant = grant;
            this.open = open;
        }

        void show(SettingView<GrantContact> view, boolean justSaved) {
            revision = view.revision();
            editable = view.editable();
            contactOffered = view.value().offersContact();
            note = justSaved ? ChangeNote.saved(view) : ChangeNote.loaded(view);
        }

        public Grant getGrant() { return grant; }
        public boolean isOpen() { return open; }
        public boolean isEditable() { return editable; }
        public String getEmail() { return email; }
        public void setEmail(String email) { this.email = email; }
        public ChangeNote getNote() { return note; }

        /** The saved address makes the portal show a « Nous contacter » tab. */
        public boolean isContactOffered() { return contactOffered; }
    }

    @Inject
    EstablishmentSettings settings;

    private final Map<Grant, GrantForm> forms = new EnumMap<>(Grant.class);

    @PostConstruct
    void create() {
        followSwitcher();
    }

    @Override
    void load() {
        forms.clear();
        if (!isActivated()) {
            return;
        }
        for (ServiceLine line : services.catalogue(actor(), establishmentId())) {
            for (Grant grant : Grant.values()) {
                if (line.entry().key().national().filter(grant.service::equals).isPresent()) {
                    GrantForm form = new GrantForm(grant, line.chosenOpen());
                    SettingView<GrantContact> view = settings.view(actor(), establishmentId(), grant.setting());
                    form.show(view, false);
                    form.email = view.value().email();
                    forms.put(grant, form);
                }
            }
        }
    }

    /** « Enregistrer » of one grant; an empty address removes the « Nous contacter » tab. */
    public void save(Grant grant) {
        GrantForm form = forms.get(grant);
        try {
            SettingView<GrantContact> saved = settings.save(actor(), establishmentId(), grant.setting(),
                    new GrantContact(form.email), form.revision);
            form.show(saved, true);
            form.email = saved.value().email();
        } catch (SettingRejected refusal) {
            Feedback.rejected(refusal, Map.of("email", grant.formId + ":email"));
        } catch (ConcurrentSettingChange | AccessDeniedException refusal) {
            Feedback.error(refusal.getMessage());
        }
    }

    public GrantForm getCollege() {
        return forms.get(Grant.COLLEGE);
    }

    public GrantForm getLycee() {
        return forms.get(Grant.LYCEE);
    }

    public boolean isNoneOffered() {
        return forms.isEmpty();
    }
}

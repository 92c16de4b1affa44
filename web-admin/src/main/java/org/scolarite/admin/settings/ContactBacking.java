package org.scolarite.admin.settings;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.scolarite.admin.home.CurrentEstablishment;
import org.scolarite.settings.boundary.EstablishmentSettings;
import org.scolarite.settings.boundary.SettingView;
import org.scolarite.settings.entity.ConcurrentSettingChange;
import org.scolarite.settings.entity.ContactLink;
import org.scolarite.settings.entity.Setting;
import org.scolarite.settings.entity.SettingRejected;
import org.scolarite.staff.boundary.AccessDeniedException;
import org.scolarite.staff.boundary.EstablishmentChoice;

/**
 * « Lien de contact établissement » (R-SET-5): active or not, and which of the school's mailboxes receives the
 * families' messages. Without any mailbox nothing can be chosen. Families see the change the next day.
 */
@Named
@ViewScoped
public class ContactBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Map<String, String> FIELDS = Map.of("mailbox", "contact:mailbox", "active", "contact:active");

    @Inject
    private CurrentEstablishment current;

    @Inject
    private EstablishmentSettings settings;

    private Long establishmentId;
    private boolean active;
    private String mailbox;
    private List<String> mailboxes = List.of();
    private int revision;
    private boolean editable;
    private String changedBy;
    private LocalDateTime changedAt;
    private LocalDate effectiveFrom;
    private boolean pending;
    private boolean justSaved;

    @PostConstruct
    void load() {
        EstablishmentChoice selected = current.getSelected();
        establishmentId = selected == null ? null : selected.id();
        justSaved = false;
        if (establishmentId != null) {
            show(settings.view(current.username(), establishmentId, Setting.CONTACT_LINK));
            mailboxes = List.copyOf(settings.mailboxes(establishmentId));
        }
    }

    public void refresh() {
        if (!Objects.equals(establishmentId, current.getSelectedId())) {
            load();
        }
    }

    public void save() {
        justSaved = false;
        try {
            show(settings.saveContactLink(current.username(), establishmentId, new ContactLink(active, mailbox),
                    revision));
            justSaved = true;
        } catch (SettingRejected e) {
            SettingsForms.rejected(e, FIELDS);
        } catch (ConcurrentSettingChange | AccessDeniedException e) {
            SettingsForms.error(null, e.getMessage());
        }
    }

    private void show(SettingView<ContactLink> view) {
        active = view.value().active();
        mailbox = view.value().mailbox();
        revision = view.revision();
        editable = view.editable();
        changedBy = view.changedBy();
        changedAt = view.changedAt();
        effectiveFrom = view.effectiveFrom();
        pending = view.pending();
    }

    public boolean isAvailable() { return establishmentId != null; }
    public boolean isActive() { return active; }
    public void setActive(boolean active) { this.active = active; }
    public String getMailbox() { return mailbox; }
    public void setMailbox(String mailbox) { this.mailbox = mailbox; }
    public List<String> getMailboxes() { return mailboxes; }
    public boolean isNoMailbox() { return mailboxes.isEmpty(); }
    public boolean isEditable() { return editable; }
    /** The form is usable: the user may edit and the school has a mailbox to choose (guide §3.3). */
    public boolean isUsable() { return editable && !mailboxes.isEmpty(); }
    public boolean isJustSaved() { return justSaved; }
    public boolean isPending() { return pending && !justSaved; }
    public String getEffectiveFrom() { return SettingsForms.day(effectiveFrom); }

    public String getLastChange() {
        return changedBy == null ? null
                : SettingsForms.text("common.lastChange", changedBy, SettingsForms.moment(changedAt));
    }
}

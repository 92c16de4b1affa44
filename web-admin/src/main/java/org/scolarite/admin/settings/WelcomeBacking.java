package org.scolarite.admin.settings;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.Objects;
import org.scolarite.admin.home.CurrentEstablishment;
import org.scolarite.settings.boundary.EstablishmentSettings;
import org.scolarite.settings.boundary.SettingView;
import org.scolarite.settings.entity.ConcurrentSettingChange;
import org.scolarite.settings.entity.Setting;
import org.scolarite.settings.entity.SettingRejected;
import org.scolarite.staff.boundary.AccessDeniedException;
import org.scolarite.staff.boundary.EstablishmentChoice;

/**
 * « Message d’accueil » (R-SET-1): the school's message on its families' home pages, edited as rich text whatever the
 * services' state, sanitised and counted by the service, visible at once. The editor keeps what was typed when the
 * save is refused; after a save the preview shows the message as the server stored it.
 */
@Named
@ViewScoped
public class WelcomeBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** R-SET-1, shown by the counter; the service decides. */
    public static final int MAX_LENGTH = 2000;

    private static final Map<String, String> FIELDS = Map.of("message", "welcome:editor");

    @Inject
    private CurrentEstablishment current;

    @Inject
    private EstablishmentSettings settings;

    private Long establishmentId;
    private String establishmentName;
    private String html;
    private String savedHtml;
    private int revision;
    private boolean editable;
    private String changedBy;
    private LocalDateTime changedAt;
    private boolean justSaved;

    @PostConstruct
    void load() {
        EstablishmentChoice selected = current.getSelected();
        establishmentId = selected == null ? null : selected.id();
        establishmentName = selected == null ? null : selected.name();
        justSaved = false;
        if (establishmentId != null) {
            show(settings.view(current.username(), establishmentId, Setting.WELCOME_MESSAGE));
        }
    }

    /** Reloads when the header's switcher changed the establishment under this page. */
    public void refresh() {
        if (!Objects.equals(establishmentId, current.getSelectedId())) {
            load();
        }
    }

    public void save() {
        justSaved = false;
        try {
            show(settings.saveWelcomeMessage(current.username(), establishmentId, html, revision));
            justSaved = true;
        } catch (SettingRejected e) {
            SettingsForms.rejected(e, FIELDS);
        } catch (ConcurrentSettingChange | AccessDeniedException e) {
            SettingsForms.error(null, e.getMessage());
        }
    }

    private void show(SettingView<String> view) {
        html = view.value();
        savedHtml = view.value();
        revision = view.revision();
        editable = view.editable();
        changedBy = view.changedBy();
        changedAt = view.changedAt();
    }

    public boolean isAvailable() {
        return establishmentId != null;
    }

    public String getHtml() { return html; }
    public void setHtml(String html) { this.html = html; }
    /** The message as stored, sanitised by the server: what families see now. */
    public String getSavedHtml() { return savedHtml; }
    public boolean isEditable() { return editable; }
    public boolean isJustSaved() { return justSaved; }
    public String getEstablishmentName() { return establishmentName; }
    public int getMaxLength() { return MAX_LENGTH; }

    public String getLastChange() {
        return changedBy == null ? null
                : SettingsForms.text("common.lastChange", changedBy, SettingsForms.moment(changedAt));
    }
}

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
import org.primefaces.PrimeFaces;
import org.scolarite.admin.home.CurrentEstablishment;
import org.scolarite.settings.boundary.EstablishmentSettings;
import org.scolarite.settings.boundary.SettingView;
import org.scolarite.settings.entity.ConcurrentSettingChange;
import org.scolarite.settings.entity.Setting;
import org.scolarite.settings.entity.SettingRejected;
import org.scolarite.settings.entity.UsefulLink;
import org.scolarite.settings.entity.UsefulLinks;
import org.scolarite.settings.entity.WebAddress;
import org.scolarite.staff.boundary.AccessDeniedException;
import org.scolarite.staff.boundary.EstablishmentChoice;

/**
 * « Liens utiles » (R-SET-6): the school's links in creation order, added with « + », edited in place, deleted after
 * confirmation. Label and address are checked by the domain; the dialog stays open with the messages next to the
 * fields and the typed values. Families see the list the next day.
 */
@Named
@ViewScoped
public class LinksBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Map<String, String> FIELDS = Map.of("label", "link:label", "url", "link:url");

    @Inject
    private CurrentEstablishment current;

    @Inject
    private EstablishmentSettings settings;

    private Long establishmentId;
    private UsefulLinks links = UsefulLinks.none();
    private int revision;
    private boolean editable;
    private String changedBy;
    private LocalDateTime changedAt;
    private LocalDate effectiveFrom;
    private boolean pending;
    private boolean justSaved;

    /** The link in the dialog: -1 for a new one, else its position. */
    private int editedIndex = -1;
    private String label;
    private String url;

    @PostConstruct
    void load() {
        EstablishmentChoice selected = current.getSelected();
        establishmentId = selected == null ? null : selected.id();
        justSaved = false;
        if (establishmentId != null) {
            show(settings.view(current.username(), establishmentId, Setting.USEFUL_LINKS));
        }
    }

    public void refresh() {
        if (!Objects.equals(establishmentId, current.getSelectedId())) {
            load();
        }
    }

    /** « + »: an empty dialog. */
    public void add() {
        editedIndex = -1;
        label = null;
        url = null;
    }

    public void edit(int index) {
        UsefulLink link = links.links().get(index);
        editedIndex = index;
        label = link.label();
        url = link.url();
    }

    /** Saves the dialog's link; on refusal the dialog stays open with both fields checked. */
    public void saveLink() {
        UsefulLink link = new UsefulLink(label, url);
        try {
            UsefulLinks changed = editedIndex < 0 ? links.with(link) : links.replacing(editedIndex, link);
            store(changed);
            if (!SettingsForms.failed()) {
                PrimeFaces.current().ajax().addCallbackParam("saved", true);
            }
        } catch (SettingRejected e) {
            SettingsForms.rejected(e, FIELDS);
            if ("label".equals(e.field())) {
                checkUrlToo();
            }
        }
    }

    /** The label was refused: say at once what is wrong with the address as well. */
    private void checkUrlToo() {
        try {
            WebAddress.require("url", url);
        } catch (SettingRejected e) {
            SettingsForms.rejected(e, FIELDS);
        }
    }

    public void delete(int index) {
        try {
            store(links.without(index));
        } catch (SettingRejected e) {
            SettingsForms.error(null, e.getMessage());
        }
    }

    private void store(UsefulLinks changed) {
        justSaved = false;
        try {
            show(settings.save(current.username(), establishmentId, Setting.USEFUL_LINKS, changed, revision));
            justSaved = true;
        } catch (ConcurrentSettingChange | AccessDeniedException e) {
            SettingsForms.error(null, e.getMessage());
        }
    }

    private void show(SettingView<UsefulLinks> view) {
        links = view.value();
        revision = view.revision();
        editable = view.editable();
        changedBy = view.changedBy();
        changedAt = view.changedAt();
        effectiveFrom = view.effectiveFrom();
        pending = view.pending();
    }

    public boolean isAvailable() { return establishmentId != null; }
    public List<UsefulLink> getLinks() { return links.links(); }
    public boolean isEditable() { return editable; }
    public boolean isCreating() { return editedIndex < 0; }
    public String getLabel() { return label; }
    public void setLabel(String label) { this.label = label; }
    public String getUrl() { return url; }
    public void setUrl(String url) { this.url = url; }
    public int getLabelMax() { return UsefulLink.LABEL_MAX; }
    /** Saved today, seen by families from {@link #getEffectiveFrom()} (R-SET-2). */
    public boolean isPending() { return pending; }
    public boolean isJustSaved() { return justSaved; }
    public String getEffectiveFrom() { return SettingsForms.day(effectiveFrom); }

    public String getLastChange() {
        return changedBy == null ? null
                : SettingsForms.text("common.lastChange", changedBy, SettingsForms.moment(changedAt));
    }
}

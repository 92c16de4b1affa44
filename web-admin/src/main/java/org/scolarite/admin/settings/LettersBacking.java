package org.scolarite.admin.settings;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.primefaces.PrimeFaces;
import org.scolarite.admin.home.CurrentEstablishment;
import org.scolarite.catalog.boundary.AcademyCatalogue;
import org.scolarite.notification.boundary.LetterHtml;
import org.scolarite.notification.boundary.LetterTemplateView;
import org.scolarite.notification.boundary.LetterTemplates;
import org.scolarite.notification.boundary.TemplateSaved;
import org.scolarite.notification.entity.LetterField;
import org.scolarite.notification.entity.LetterPart;
import org.scolarite.settings.boundary.EstablishmentSettings;
import org.scolarite.settings.boundary.SettingView;
import org.scolarite.settings.entity.ConcurrentSettingChange;
import org.scolarite.settings.entity.EntLink;
import org.scolarite.settings.entity.LetterType;
import org.scolarite.settings.entity.Setting;
import org.scolarite.settings.entity.SettingRejected;
import org.scolarite.settings.entity.WebAddress;
import org.scolarite.staff.boundary.AccessDeniedException;
import org.scolarite.staff.boundary.EstablishmentChoice;

/**
 * « ENT et courrier de notification » (R-SET-3, R-SET-4): the letter type and the ENT (immediate), then the header and
 * the four bodies of the letters, each previewable with sample data, editable with insertable fields and resettable.
 * A template with errors (CNIL mention removed) is refused, the text kept in the editor; warnings are shown after the
 * save.
 */
@Named
@ViewScoped
public class LettersBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Map<String, String> ENT_FIELDS = Map.of("letterType", "ent:letterType", "entUrl", "ent:entUrl");
    private static final Map<String, String> TEMPLATE_FIELDS = Map.of("template", "edit:editor");

    /** An ENT of the académie's list, as the form offers it. */
    public record EntOption(long id, String label, String url) implements Serializable {
    }

    @Inject
    private CurrentEstablishment current;

    @Inject
    private EstablishmentSettings settings;

    @Inject
    private LetterTemplates templates;

    @Inject
    private AcademyCatalogue academy;

    private Long establishmentId;

    // Letter type and ENT
    private LetterType letterType;
    private Long choiceId;
    private String entUrl;
    private int entRevision;
    private boolean entEditable;
    private String entChangedBy;
    private LocalDateTime entChangedAt;
    private boolean entJustSaved;
    private List<EntOption> entOptions = List.of();

    // Letter parts
    private List<LetterTemplateView> parts = List.of();
    private LetterPart viewedPart;
    private LetterHtml viewed;
    private LetterPart editedPart;
    private String draft;
    private int draftRevision;
    private LetterHtml draftPreview;

    @PostConstruct
    void load() {
        EstablishmentChoice selected = current.getSelected();
        establishmentId = selected == null ? null : selected.id();
        entJustSaved = false;
        if (establishmentId == null) {
            return;
        }
        showEnt(settings.view(current.username(), establishmentId, Setting.ENT_LINK));
        entOptions = academy.entChoicesOf(current.username(), establishmentId).stream()
                .map(c -> new EntOption(c.getId(), c.getLabel(), c.getUrl())).toList();
        loadParts();
    }

    /** Reloads when the header's switcher changed the establishment under this page. */
    public void refresh() {
        if (!Objects.equals(establishmentId, current.getSelectedId())) {
            load();
        }
    }

    // --- Letter type and ENT (R-SET-3) ---

    /** A choice in the académie's list fills the address; the address is what is checked and stored. */
    public void chooseEnt() {
        entOptions.stream().filter(o -> choiceId != null && o.id() == choiceId).findFirst()
                .ifPresent(o -> entUrl = o.url());
    }

    public void saveEnt() {
        entJustSaved = false;
        EntOption chosen = entOptions.stream()
                .filter(o -> choiceId != null && o.id() == choiceId && entUrl != null && o.url().equals(entUrl.strip()))
                .findFirst().orElse(null);
        EntLink link = new EntLink(letterType, chosen == null ? null : chosen.id(),
                chosen == null ? null : chosen.label(), entUrl);
        try {
            showEnt(settings.save(current.username(), establishmentId, Setting.ENT_LINK, link, entRevision));
            entJustSaved = true;
            loadParts();
        } catch (SettingRejected e) {
            SettingsForms.rejected(e, ENT_FIELDS);
        } catch (ConcurrentSettingChange | AccessDeniedException e) {
            SettingsForms.error(null, e.getMessage());
        }
    }

    private void showEnt(SettingView<EntLink> view) {
        EntLink link = view.value();
        letterType = link.letterType();
        choiceId = link.choiceId();
        entUrl = link.entUrl();
        entRevision = view.revision();
        entEditable = view.editable();
        entChangedBy = view.changedBy();
        entChangedAt = view.changedAt();
    }

    /** « Aperçu du lien »: only an address the service would accept is offered. */
    public String getPreviewUrl() {
        try {
            return entUrl == null || entUrl.isBlank() ? null : WebAddress.require("entUrl", entUrl);
        } catch (SettingRejected invalid) {
            return null;
        }
    }

    public boolean isEntNeeded() {
        return letterType != null && letterType.needsEnt();
    }

    public List<LetterType> getLetterTypes() {
        return Arrays.asList(LetterType.values());
    }

    public String getEntLastChange() {
        return entChangedBy == null ? null
                : SettingsForms.text("common.lastChange", entChangedBy, SettingsForms.moment(entChangedAt));
    }

    // --- Letter templates (R-SET-4) ---

    private void loadParts() {
        List<LetterTemplateView> views = new ArrayList<>();
        for (LetterPart part : LetterPart.values()) {
            views.add(templates.view(current.username(), establishmentId, part));
        }
        parts = List.copyOf(views);
    }

    /** « Visualiser »: the saved template with sample data, in the letter dialog. */
    public void view(LetterPart part) {
        try {
            viewedPart = part;
            viewed = templates.preview(current.username(), establishmentId, part);
        } catch (AccessDeniedException e) {
            SettingsForms.error(null, e.getMessage());
        }
    }

    /** « Modifier »: the part's current template in the editor, and its preview. */
    public void edit(LetterPart part) {
        LetterTemplateView view = templates.view(current.username(), establishmentId, part);
        editedPart = part;
        draft = view.html();
        draftRevision = view.revision();
        draftPreview = templates.preview(current.username(), establishmentId, part, draft);
    }

    /** « Prévisualiser les modifications », before saving. */
    public void previewDraft() {
        draftPreview = templates.preview(current.username(), establishmentId, editedPart, draft);
    }

    public void saveDraft() {
        try {
            TemplateSaved saved = templates.save(current.username(), establishmentId, editedPart, draft, draftRevision);
            replace(saved.template());
            if (saved.warnings().isEmpty()) {
                SettingsForms.info(SettingsForms.text("letters.saved", editedPart.label()));
            } else {
                SettingsForms.warning(null, SettingsForms.text("letters.savedWithWarnings", editedPart.label()));
                saved.warnings().forEach(w -> SettingsForms.warning(null, w));
            }
            PrimeFaces.current().ajax().addCallbackParam("saved", true);
        } catch (SettingRejected e) {
            SettingsForms.rejected(e, TEMPLATE_FIELDS);
            draftPreview = templates.preview(current.username(), establishmentId, editedPart, draft);
        } catch (ConcurrentSettingChange | AccessDeniedException e) {
            SettingsForms.error("edit:editor", e.getMessage());
        }
    }

    /** « Réinitialiser », after confirmation: back to the default template. */
    public void reset(LetterPart part) {
        LetterTemplateView before = parts.stream().filter(v -> v.part() == part).findFirst().orElseThrow();
        try {
            replace(templates.reset(current.username(), establishmentId, part, before.revision()));
            SettingsForms.info(SettingsForms.text("letters.resetDone", part.label()));
        } catch (ConcurrentSettingChange | AccessDeniedException e) {
            SettingsForms.error(null, e.getMessage());
        }
    }

    private void replace(LetterTemplateView view) {
        parts = parts.stream().map(v -> v.part() == view.part() ? view : v).toList();
    }

    public String lastChange(LetterTemplateView view) {
        return view.changedBy() == null ? SettingsForms.text("letters.neverChanged")
                : SettingsForms.text("common.lastChangeShort", view.changedBy(), SettingsForms.moment(view.changedAt()));
    }

    /** The fields the edited part may hold, in the order of the list (R-SET-4). */
    public List<LetterField> getFields() {
        return editedPart == null ? List.of() : List.copyOf(editedPart.allowedFields());
    }

    public boolean isAvailable() { return establishmentId != null; }
    public LetterType getLetterType() { return letterType; }
    public void setLetterType(LetterType letterType) { this.letterType = letterType; }
    public Long getChoiceId() { return choiceId; }
    public void setChoiceId(Long choiceId) { this.choiceId = choiceId; }
    public String getEntUrl() { return entUrl; }
    public void setEntUrl(String entUrl) { this.entUrl = entUrl; }
    public boolean isEntEditable() { return entEditable; }
    public boolean isEntJustSaved() { return entJustSaved; }
    public List<EntOption> getEntOptions() { return entOptions; }
    public List<LetterTemplateView> getParts() { return parts; }
    public LetterPart getViewedPart() { return viewedPart; }
    public LetterHtml getViewed() { return viewed; }
    public LetterPart getEditedPart() { return editedPart; }
    public String getDraft() { return draft; }
    public void setDraft(String draft) { this.draft = draft; }
    public LetterHtml getDraftPreview() { return draftPreview; }
    /** The « Insérer un champ » list inserts on the client; its value is never used. */
    public String getFieldToInsert() { return null; }
    public void setFieldToInsert(String ignored) { }
    public boolean isPartsEditable() { return parts.stream().allMatch(LetterTemplateView::editable); }
}

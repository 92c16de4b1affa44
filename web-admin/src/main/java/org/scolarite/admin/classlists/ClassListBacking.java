package org.scolarite.admin.classlists;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.text.Normalizer;
import java.util.List;
import java.util.Objects;
import java.util.ResourceBundle;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.scolarite.account.boundary.StudentAccountLists;
import org.scolarite.account.boundary.StudentAccountLists.Selection;
import org.scolarite.account.boundary.StudentAccountLists.Structure;
import org.scolarite.account.entity.StudentAccountList;
import org.scolarite.account.entity.StudentListRow;
import org.scolarite.admin.home.CurrentEstablishment;
import org.scolarite.staff.boundary.AccessDeniedException;
import org.scolarite.staff.boundary.EstablishmentChoice;
import org.scolarite.staff.entity.StaffRole;

/**
 * « Éditer les listes des comptes élèves » (R-LIST-1): a division or a group (groups with pupils only, filtered by a
 * part of their name), « Afficher » shows the list, « Imprimer (PDF) » and « Exporter (CSV) » stream the list shown,
 * with the same columns. Head and delegate only, checked again by {@link StudentAccountLists} on every call.
 */
@Named
@ViewScoped
public class ClassListBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CurrentEstablishment current;

    @Inject
    private StudentAccountLists lists;

    private Long loadedFor;
    /** The establishment whose lists are edited; {@code null} when the user's role there does not allow it. */
    private Long establishmentId;
    private Selection.Kind kind = Selection.Kind.DIVISION;
    private Long divisionId;
    private String groupFilter;
    private Long groupId;
    private List<Structure> divisions = List.of();
    private List<Structure> groups = List.of();
    /** The list on screen: the exports print this selection, whatever the selects say since. */
    private Selection shown;
    /** The code of the division or group shown, for the file names. */
    private String shownCode;
    private StudentAccountList list;

    @PostConstruct
    void load() {
        EstablishmentChoice selected = current.getSelected();
        loadedFor = selected == null ? null : selected.id();
        // A courtesy: the service checks the role again on the server.
        establishmentId = selected == null || !selected.allows(StaffRole.HEAD, StaffRole.DELEGATE)
                ? null : selected.id();
        kind = Selection.Kind.DIVISION;
        divisionId = null;
        groupFilter = null;
        groupId = null;
        shown = null;
        shownCode = null;
        list = null;
        divisions = establishmentId == null ? List.of() : lists.divisions(current.username(), establishmentId);
        groups = establishmentId == null ? List.of() : lists.groups(current.username(), establishmentId, null);
    }

    /** After a change of establishment in the header, starts again. */
    public void refresh() {
        if (!Objects.equals(loadedFor, current.getSelectedId())) {
            load();
        }
    }

    /** « Filtrer »: the groups with pupils whose code or label contains the typed part. */
    public void filterGroups() {
        if (establishmentId != null) {
            groups = lists.groups(current.username(), establishmentId, groupFilter);
            if (groups.stream().noneMatch(g -> Objects.equals(g.id(), groupId))) {
                groupId = null;
            }
        }
    }

    /** « Afficher ». */
    public void show() {
        Long id = kind == Selection.Kind.GROUP ? groupId : divisionId;
        if (establishmentId == null || id == null) {
            message(FacesMessage.SEVERITY_WARN, "lists.required");
            return;
        }
        try {
            Selection selection = new Selection(kind, id);
            list = lists.list(current.username(), establishmentId, selection);
            shown = selection;
            shownCode = (kind == Selection.Kind.GROUP ? groups : divisions).stream()
                    .filter(s -> s.id() == id).map(Structure::code).findFirst().orElse(String.valueOf(id));
        } catch (AccessDeniedException e) {
            message(FacesMessage.SEVERITY_ERROR, "lists.denied");
        }
    }

    /** « Imprimer (PDF) »: streamed to the browser, never stored (R-SEC-1); the service audits it. */
    public StreamedContent getPdf() {
        return download(".pdf", "application/pdf", false);
    }

    /** « Exporter (CSV) »: streamed to the browser, never stored (R-SEC-1); the service audits it. */
    public StreamedContent getCsv() {
        return download(".csv", "text/csv; charset=UTF-8", true);
    }

    private StreamedContent download(String extension, String contentType, boolean csv) {
        Selection selection = shown;
        Long establishment = establishmentId;
        String actor = current.username();
        if (selection == null || establishment == null) {
            return null;
        }
        return DefaultStreamedContent.builder()
                .name(fileName() + extension)
                .contentType(contentType)
                .writer(out -> {
                    if (csv) {
                        lists.writeCsv(actor, establishment, selection, out);
                    } else {
                        lists.writePdf(actor, establishment, selection, out);
                    }
                })
                .build();
    }

    /** « liste-comptes-eleves-3A », ASCII so that every browser and file system keeps it as it is. */
    private String fileName() {
        String ascii = Normalizer.normalize(shownCode, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replaceAll("[^A-Za-z0-9_-]+", "_");
        return "liste-comptes-eleves-" + ascii;
    }

    public boolean isAvailable() {
        return establishmentId != null;
    }

    public boolean isDenied() {
        return loadedFor != null && establishmentId == null;
    }

    public boolean isByGroup() {
        return kind == Selection.Kind.GROUP;
    }

    /** Whether the exports may be used: a list is shown and it has pupils. */
    public boolean isExportable() {
        return list != null && !list.isEmpty();
    }

    public StudentAccountList getList() {
        return list;
    }

    public List<StudentListRow> getRows() {
        return list == null ? List.of() : list.rows();
    }

    public Selection.Kind[] getKinds() {
        return Selection.Kind.values();
    }

    public Selection.Kind getKind() { return kind; }
    public void setKind(Selection.Kind kind) { this.kind = kind == null ? Selection.Kind.DIVISION : kind; }
    public Long getDivisionId() { return divisionId; }
    public void setDivisionId(Long divisionId) { this.divisionId = divisionId; }
    public String getGroupFilter() { return groupFilter; }
    public void setGroupFilter(String groupFilter) { this.groupFilter = groupFilter; }
    public Long getGroupId() { return groupId; }
    public void setGroupId(Long groupId) { this.groupId = groupId; }
    public List<Structure> getDivisions() { return divisions; }
    public List<Structure> getGroups() { return groups; }

    private static void message(FacesMessage.Severity severity, String key) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle bundle = faces.getApplication().getResourceBundle(faces, "listsMsg");
        faces.addMessage(null, new FacesMessage(severity, bundle.getString(key), null));
    }
}

package org.scolarite.admin.settings;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.scolarite.admin.home.CurrentEstablishment;
import org.scolarite.audit.boundary.AuditHistory;
import org.scolarite.audit.entity.AuditEntry;
import org.scolarite.staff.boundary.EstablishmentChoice;
import org.scolarite.staff.entity.StaffRole;

/**
 * « Historique des modifications » (R-ROLE-1): who changed what and when in the establishment, newest first, read
 * page by page from the audit trail, actions and values said in French.
 */
@Named
@ViewScoped
public class HistoryBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One line of the table. */
    public record Row(long id, LocalDateTime at, String user, String action, String detail) implements Serializable {
    }

    @Inject
    private CurrentEstablishment current;

    @Inject
    private AuditHistory history;

    /** The establishment chosen in the header when the page was loaded. */
    private Long loadedFor;
    /** The establishment whose history is shown; {@code null} when the user's role there does not show it. */
    private Long establishmentId;
    private LazyDataModel<Row> rows;

    @PostConstruct
    void load() {
        EstablishmentChoice selected = current.getSelected();
        loadedFor = selected == null ? null : selected.id();
        // A courtesy: AuditHistory checks the role again on the server.
        establishmentId = selected == null || !selected.allows(StaffRole.HEAD, StaffRole.DELEGATE, StaffRole.ACADEMY)
                ? null : selected.id();
        rows = new Rows();
    }

    public void refresh() {
        if (!Objects.equals(loadedFor, current.getSelectedId())) {
            load();
        }
    }

    public boolean isAvailable() {
        return establishmentId != null;
    }

    /** An establishment is chosen but the user's role there does not give its history. */
    public boolean isDenied() {
        return loadedFor != null && establishmentId == null;
    }

    public LazyDataModel<Row> getRows() {
        return rows;
    }

    private final class Rows extends LazyDataModel<Row> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return establishmentId == null ? 0
                    : (int) Math.min(Integer.MAX_VALUE, history.count(current.username(), establishmentId));
        }

        @Override
        public List<Row> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            if (establishmentId == null) {
                return List.of();
            }
            AuditDescriptions descriptions = new AuditDescriptions(HistoryBacking::label);
            return history.page(current.username(), establishmentId, first, pageSize).stream()
                    .map(e -> row(e, descriptions)).toList();
        }

        @Override
        public String getRowKey(Row row) {
            return Long.toString(row.id());
        }
    }

    private static Row row(AuditEntry entry, AuditDescriptions descriptions) {
        return new Row(entry.getId(), entry.getOccurredAt(), entry.getActor(),
                descriptions.action(entry.getAction(), entry.getTarget()),
                descriptions.detail(entry.getAction(), entry.getTarget(), entry.getDetail()));
    }

    private static String label(String key) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle bundle = faces.getApplication().getResourceBundle(faces, "settingsMsg");
        try {
            return bundle.getString(key);
        } catch (MissingResourceException missing) {
            return null;
        }
    }
}

package org.scolarite.admin.mail;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.ResourceBundle;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.scolarite.admin.home.CurrentEstablishment;
import org.scolarite.notification.boundary.Outbox;
import org.scolarite.notification.entity.MailStatus;
import org.scolarite.notification.entity.OutboxMessage;
import org.scolarite.staff.boundary.AccessDeniedException;
import org.scolarite.staff.boundary.EstablishmentChoice;
import org.scolarite.staff.entity.StaffRole;

/**
 * « Envois de courriels » (R-MAIL-1): the establishment's outbox, newest first, by pages, filtered by status;
 * « Renvoyer » puts a FAILED message back in the queue. Head and delegate only, checked again by {@link Outbox}.
 */
@Named
@ViewScoped
public class OutboxBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One line of the table. */
    public record Row(long id, LocalDateTime createdAt, String recipient, String subject, MailStatus status,
                      int attempts, LocalDateTime nextAttemptAt, String lastError) implements Serializable {

        public boolean isFailed() {
            return status == MailStatus.FAILED;
        }

        public boolean isWaiting() {
            return status == MailStatus.PENDING && attempts > 0;
        }
    }

    @Inject
    private CurrentEstablishment current;

    @Inject
    private Outbox outbox;

    private Long loadedFor;
    /** The establishment whose outbox is shown; {@code null} when the user's role there does not show it. */
    private Long establishmentId;
    private MailStatus status;
    private LazyDataModel<Row> rows;

    @PostConstruct
    void load() {
        EstablishmentChoice selected = current.getSelected();
        loadedFor = selected == null ? null : selected.id();
        // A courtesy: Outbox checks the role again on the server.
        establishmentId = selected == null || !selected.allows(StaffRole.HEAD, StaffRole.DELEGATE)
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

    public boolean isDenied() {
        return loadedFor != null && establishmentId == null;
    }

    /** False in the embedded default (no SMTP server configured): the demo mailbox is on. */
    public boolean isDeliveryEnabled() {
        return outbox.deliveryEnabled();
    }

    public MailStatus[] getStatuses() {
        return MailStatus.values();
    }

    public MailStatus getStatus() {
        return status;
    }

    public void setStatus(MailStatus status) {
        this.status = status;
    }

    public LazyDataModel<Row> getRows() {
        return rows;
    }

    /** « Renvoyer » on a FAILED line. */
    public void resend(long messageId) {
        if (establishmentId == null) {
            return;
        }
        try {
            boolean queued = outbox.retry(current.username(), establishmentId, messageId);
            message(queued ? FacesMessage.SEVERITY_INFO : FacesMessage.SEVERITY_WARN,
                    queued ? "outbox.resent" : "outbox.resendGone");
        } catch (AccessDeniedException e) {
            message(FacesMessage.SEVERITY_ERROR, "outbox.denied");
        }
    }

    private static void message(FacesMessage.Severity severity, String key) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle bundle = faces.getApplication().getResourceBundle(faces, "mailMsg");
        faces.addMessage(null, new FacesMessage(severity, bundle.getString(key), null));
    }

    private final class Rows extends LazyDataModel<Row> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return establishmentId == null ? 0
                    : (int) Math.min(Integer.MAX_VALUE, outbox.count(current.username(), establishmentId, status));
        }

        @Override
        public List<Row> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            if (establishmentId == null) {
                return List.of();
            }
            return outbox.page(current.username(), establishmentId, status, first, pageSize).stream()
                    .map(OutboxBacking::row).toList();
        }

        @Override
        public String getRowKey(Row row) {
            return Long.toString(row.id());
        }
    }

    private static Row row(OutboxMessage m) {
        return new Row(m.getId(), m.getCreatedAt(), m.getRecipient(), m.getSubject(), m.getStatus(), m.getAttempts(),
                m.getNextAttemptAt(), m.getLastError());
    }
}

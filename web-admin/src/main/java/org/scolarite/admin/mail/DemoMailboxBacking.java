package org.scolarite.admin.mail;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import org.scolarite.admin.home.CurrentEstablishment;
import org.scolarite.notification.boundary.Outbox;
import org.scolarite.notification.entity.MailStatus;
import org.scolarite.staff.boundary.EstablishmentChoice;
import org.scolarite.staff.entity.StaffRole;

/**
 * The demo mailbox (embedded default, no SMTP server): the establishment's e-mails waiting in the outbox, each body
 * shown in a sandboxed frame so that a tester can open its links. Disabled as soon as SMTP is configured.
 */
@Named
@ViewScoped
public class DemoMailboxBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The most recent messages shown. */
    static final int SHOWN = 50;

    /** One e-mail of the mailbox. */
    public record Mail(long id, LocalDateTime createdAt, String recipient, String subject, String htmlBody)
            implements Serializable {
    }

    @Inject
    private CurrentEstablishment current;

    @Inject
    private Outbox outbox;

    private Long loadedFor;
    private Long establishmentId;
    private boolean enabled;
    private List<Mail> mails = List.of();

    @PostConstruct
    void load() {
        EstablishmentChoice selected = current.getSelected();
        loadedFor = selected == null ? null : selected.id();
        establishmentId = selected == null || !selected.allows(StaffRole.HEAD, StaffRole.DELEGATE)
                ? null : selected.id();
        enabled = !outbox.deliveryEnabled();
        mails = establishmentId == null || !enabled ? List.of()
                : outbox.page(current.username(), establishmentId, MailStatus.PENDING, 0, SHOWN).stream()
                        .map(m -> new Mail(m.getId(), m.getCreatedAt(), m.getRecipient(), m.getSubject(),
                                m.getHtmlBody()))
                        .toList();
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

    /** True when no SMTP server is configured: only then does the mailbox show anything. */
    public boolean isEnabled() {
        return enabled;
    }

    public List<Mail> getMails() {
        return mails;
    }
}

package org.scolarite.settings.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.scolarite.audit.boundary.AuditTrail;
import org.scolarite.catalog.boundary.OnlineServices;
import org.scolarite.settings.control.RichTextPolicy;
import org.scolarite.settings.control.SettingCodec;
import org.scolarite.settings.control.SettingStore;
import org.scolarite.settings.entity.ContactLink;
import org.scolarite.settings.entity.Setting;
import org.scolarite.settings.entity.SettingRejected;
import org.scolarite.settings.entity.SettingRevision;
import org.scolarite.staff.boundary.EstablishmentChoice;
import org.scolarite.staff.boundary.StaffDirectory;
import org.scolarite.staff.entity.StaffRole;
import org.scolarite.structure.entity.Establishment;

/**
 * Reads and changes an establishment's settings (SPEC §3). Every save checks the role on the server (R-ROLE-1),
 * validates the value, refuses a save based on a stale revision, records when families will see it (R-SET-2) and
 * audits old → new in the same transaction.
 */
@Stateless
public class EstablishmentSettings {

    @PersistenceContext(unitName = "teleservices")
    private EntityManager em;

    @Inject
    private SettingStore store;

    @Inject
    private StaffDirectory staff;

    @Inject
    private OnlineServices services;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    /** The value to edit, for any console role of the establishment (read-only for those who may not edit). */
    public <T> SettingView<T> view(String actor, long establishmentId, Setting<T> setting) {
        EstablishmentChoice choice = staff.requireRole(actor, establishmentId, StaffRole.values());
        Optional<SettingRevision> last = store.latest(establishmentId, setting);
        return view(setting, last, setting.editableBy(choice.roles()));
    }

    /** What families see today: the portal's read, with no console role involved. */
    public <T> T effectiveToday(long establishmentId, Setting<T> setting) {
        return store.effective(establishmentId, setting, LocalDate.now(clock))
                .map(r -> SettingCodec.read(setting, r.getValue()))
                .orElse(setting.defaultValue());
    }

    /**
     * Saves a new value on top of {@code basedOnRevision}. Throws {@link SettingRejected} (French message, field
     * named) or {@code ConcurrentSettingChange} when someone saved meanwhile.
     */
    public <T> SettingView<T> save(String actor, long establishmentId, Setting<T> setting, T value,
                                   int basedOnRevision) {
        requireEditor(actor, establishmentId, setting);
        return store(actor, establishmentId, setting, setting.validate(value), basedOnRevision);
    }

    /** Back to the default value (letters « réinitialiser »), with the same checks as a save. */
    public <T> SettingView<T> reset(String actor, long establishmentId, Setting<T> setting, int basedOnRevision) {
        requireEditor(actor, establishmentId, setting);
        return store(actor, establishmentId, setting, null, basedOnRevision);
    }

    /**
     * R-SET-1: the welcome message is sanitised (scripts, event handlers, {@code javascript:} links and hiding
     * styles removed) and at most 2000 characters as the reader sees them; immediate.
     */
    public SettingView<String> saveWelcomeMessage(String actor, long establishmentId, String html,
                                                  int basedOnRevision) {
        requireEditor(actor, establishmentId, Setting.WELCOME_MESSAGE);
        String clean = RichTextPolicy.WELCOME_MESSAGE.sanitize(html == null ? "" : html);
        int length = RichTextPolicy.WELCOME_MESSAGE.visibleLength(clean);
        if (length > RichTextPolicy.WELCOME_MESSAGE_MAX) {
            throw new SettingRejected("message", "Le message compte " + length + " caractères\u00a0: "
                    + RichTextPolicy.WELCOME_MESSAGE_MAX + " au plus.");
        }
        return store(actor, establishmentId, Setting.WELCOME_MESSAGE, length == 0 ? "" : clean, basedOnRevision);
    }

    /** R-SET-5: the mailbox is one of the establishment's own addresses. */
    public SettingView<ContactLink> saveContactLink(String actor, long establishmentId, ContactLink link,
                                                    int basedOnRevision) {
        requireEditor(actor, establishmentId, Setting.CONTACT_LINK);
        return store(actor, establishmentId, Setting.CONTACT_LINK, link.validated(mailboxes(establishmentId)),
                basedOnRevision);
    }

    /** The establishment's mailboxes, among which the contact link is chosen (R-SET-5). */
    public List<String> mailboxes(long establishmentId) {
        return em.find(Establishment.class, establishmentId).getEmails();
    }

    private void requireEditor(String actor, long establishmentId, Setting<?> setting) {
        StaffRole[] editors = setting.editors().toArray(StaffRole[]::new);
        staff.requireRole(actor, establishmentId, editors);
        setting.editableWhenOpen().ifPresent(service -> {
            if (!services.isChosenOpen(establishmentId, service)) {
                throw new SettingRejected(null,
                        "Le service est fermé\u00a0: son paramétrage ne peut pas être modifié (il est conservé).");
            }
        });
    }

    private <T> SettingView<T> store(String actor, long establishmentId, Setting<T> setting, T value,
                                     int basedOnRevision) {
        LocalDate today = LocalDate.now(clock);
        String before = store.latest(establishmentId, setting).map(SettingRevision::getValue).orElse(null);
        String after = SettingCodec.write(value);
        SettingRevision saved = store.append(establishmentId, setting, basedOnRevision, after,
                setting.effect().effectiveFrom(today), actor, LocalDateTime.now(clock));
        if (!Objects.equals(before, after)) {
            audit.record(actor, establishmentId, "PARAMETRAGE", setting.key(),
                    describe(before) + " → " + describe(after));
        }
        return view(setting, Optional.of(saved), true);
    }

    private <T> SettingView<T> view(Setting<T> setting, Optional<SettingRevision> last, boolean editable) {
        LocalDate today = LocalDate.now(clock);
        return last.map(r -> new SettingView<>(SettingCodec.read(setting, r.getValue()), r.getRevision(),
                        r.getEffectiveFrom(), r.getChangedBy(), r.getChangedAt(), editable,
                        r.getEffectiveFrom().isAfter(today)))
                .orElseGet(() -> new SettingView<>(setting.defaultValue(), 0, null, null, null, editable, false));
    }

    private static String describe(String json) {
        return json == null ? "(valeur par défaut)" : json.length() > 480 ? json.substring(0, 480) + "…" : json;
    }
}

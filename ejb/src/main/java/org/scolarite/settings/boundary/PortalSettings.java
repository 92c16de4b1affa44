package org.scolarite.settings.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.scolarite.people.boundary.ChildSummary;
import org.scolarite.people.boundary.FamilyDirectory;
import org.scolarite.people.entity.Student;
import org.scolarite.settings.control.RichTextPolicy;
import org.scolarite.settings.entity.ContactLink;
import org.scolarite.settings.entity.EntLink;
import org.scolarite.settings.entity.Setting;
import org.scolarite.staff.boundary.AccessDeniedException;
import org.scolarite.structure.entity.Establishment;

/**
 * The portal's read of the settings (R-PORTAL-6, R-PORTAL-7): the values families see today (R-SET-2) of the
 * establishment of one of the account's children. The child is checked on the server against the account's children
 * of today, whatever the page asked for.
 */
@Stateless
public class PortalSettings {

    @PersistenceContext(unitName = "teleservices")
    private EntityManager em;

    @Inject
    private FamilyDirectory families;

    @Inject
    private EstablishmentSettings settings;

    /**
     * The settings of the establishment of {@code studentId}, or of the account's first child when {@code null};
     * empty when the account opens no child today. Throws {@link AccessDeniedException} when the pupil is not one of
     * the account's children.
     */
    public Optional<PortalSettingsView> forChild(String username, Long studentId) {
        List<ChildSummary> children = families.childrenOf(username);
        if (children.isEmpty()) {
            return Optional.empty();
        }
        ChildSummary child = studentId == null ? children.get(0) : children.stream()
                .filter(c -> c.studentId() == studentId).findFirst()
                .orElseThrow(() -> new AccessDeniedException("Élève non rattaché au compte " + username));
        return Optional.of(forOpenedChild(child.studentId()));
    }

    /**
     * The settings of the establishment of {@code studentId}, for a caller that has already checked that the pupil is
     * one the logged-in account opens today (the portal's family view does, on every request).
     */
    public PortalSettingsView forOpenedChild(long studentId) {
        Establishment establishment = em.find(Student.class, studentId).getEstablishment();
        long id = establishment.getId();

        // Sanitised when saved (R-SET-1); sanitised again here, which changes nothing to a saved message, so that the
        // portal can print it as HTML whatever wrote the row.
        String welcome = RichTextPolicy.WELCOME_MESSAGE.sanitize(settings.effectiveToday(id, Setting.WELCOME_MESSAGE));
        EntLink ent = settings.effectiveToday(id, Setting.ENT_LINK);
        ContactLink contact = settings.effectiveToday(id, Setting.CONTACT_LINK);
        boolean contactActive = contact.active() && contact.mailbox() != null
                && establishment.getEmails().contains(contact.mailbox());
        List<String> address = establishment.getAddress() == null ? List.of()
                : establishment.getAddress().formatted().lines().toList();
        return new PortalSettingsView(studentId, id, establishment.getName(), welcome,
                ent.portalShowsEnt() ? ent.entLabel() : null, ent.portalShowsEnt() ? ent.entUrl() : null,
                settings.effectiveToday(id, Setting.USEFUL_LINKS).links(), address, establishment.getPhone(),
                contactActive ? contact.mailbox() : null);
    }
}

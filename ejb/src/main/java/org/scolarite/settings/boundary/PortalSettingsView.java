package org.scolarite.settings.boundary;

import java.util.List;
import org.scolarite.settings.entity.UsefulLink;

/**
 * What the families' portal shows today of one establishment's settings (R-PORTAL-6, R-PORTAL-7), for the child
 * whose pages are open: the welcome message (sanitised HTML, empty when none, R-SET-1), the ENT link when the letter
 * type puts one on the portal (R-SET-3), the useful links in creation order (R-SET-6) and the contact details, with
 * the school's mailbox only while the contact link is active (R-SET-5).
 */
public record PortalSettingsView(long studentId, long establishmentId, String establishmentName,
                                 String welcomeMessage, String entLabel, String entUrl, List<UsefulLink> usefulLinks,
                                 List<String> addressLines, String phone, String contactMailbox) {

    public PortalSettingsView {
        usefulLinks = List.copyOf(usefulLinks);
        addressLines = List.copyOf(addressLines);
    }

    public boolean hasWelcomeMessage() {
        return welcomeMessage != null && !welcomeMessage.isBlank();
    }

    public boolean showsEnt() {
        return entUrl != null;
    }
}

package org.scolarite.portal.contact;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.scolarite.portal.home.FamilyChild;
import org.scolarite.settings.boundary.PortalSettingsView;

/**
 * « Contact » (R-PORTAL-7, R-SET-5): the address and phone of the child's establishment and, while its contact link
 * is active, the mailbox it chose.
 */
@Named("portalContact")
@RequestScoped
public class ContactBacking {

    @Inject
    private FamilyChild child;

    private PortalSettingsView school;

    /** The page's view action: runs before anything is written, so that a refusal can still answer « 403 ». */
    public void load() {
        school = child.settings().orElse(null);
    }

    public PortalSettingsView getSchool() {
        return school;
    }

    /** « 02 31 45 67 89 » → « +33231456789 » for the {@code tel:} link. */
    public String getPhoneLink() {
        if (school == null || school.phone() == null) {
            return null;
        }
        String digits = school.phone().replaceAll("[^0-9+]", "");
        return digits.startsWith("0") ? "+33" + digits.substring(1) : digits;
    }
}

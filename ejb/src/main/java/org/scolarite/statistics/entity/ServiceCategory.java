package org.scolarite.statistics.entity;

import java.util.Set;

/**
 * The category an access counts in (R-STAT-3 « par catégorie »: Vie scolaire, Notes, Fiche de renseignements…): a
 * national service is its own category; the académie's services count together, as do the portal's own pages (home,
 * useful links, contact), whose service keys are the names of {@code navigation.entity.PortalArea}.
 */
public final class ServiceCategory {

    public static final String ACADEMIC = "ACADEMIC";
    public static final String PORTAL = "PORTAL";

    private static final Set<String> PORTAL_AREAS = Set.of("HOME", "LINKS", "CONTACT");

    private ServiceCategory() {
    }

    public static String of(String serviceKey) {
        if (serviceKey.startsWith("academic-")) {
            return ACADEMIC;
        }
        return PORTAL_AREAS.contains(serviceKey) ? PORTAL : serviceKey;
    }
}

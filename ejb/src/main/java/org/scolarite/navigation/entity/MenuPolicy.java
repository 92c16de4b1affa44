package org.scolarite.navigation.entity;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.scolarite.account.entity.AccountKind;
import org.scolarite.catalog.entity.Audience;
import org.scolarite.catalog.entity.CatalogueEntry;
import org.scolarite.catalog.entity.NationalService;
import org.scolarite.catalog.entity.ServiceKey;
import org.scolarite.catalog.entity.ServiceOpening;

/**
 * R-PORTAL-5: the menu of one account for one child = the services open today in the child's establishment
 * (choices in effect today, R-SET-2; mandatory ones; experimental académie services only in their pilot schools)
 * × those meant for the account's kind (the catalogue's audience: enrolment, information sheet, payment and grants
 * for guardians, Folios for pupils, académie services as the académie said) × the child's access: a pupil whose
 * access the school removed loses the national tracking services — grades, school life, report books — and keeps
 * the rest (R-ACC-9). A pure function, so that the policy is tested without a container; the same child may get a
 * different menu through another account kind, and two children of one account different menus.
 */
public final class MenuPolicy {

    /** R-ACC-9: « the national tracking services (grades, absences, report books) ». */
    static final Set<NationalService> TRACKING = EnumSet.of(NationalService.GRADES, NationalService.SCHOOL_LIFE,
            NationalService.LSL, NationalService.LSU);

    private MenuPolicy() {
    }

    public static FamilyMenu menu(List<ServiceOpening> catalogue, AccountKind kind, boolean accessRemoved) {
        List<MenuService> shown = new ArrayList<>();
        Map<ServiceKey, MenuDecision> decisions = new LinkedHashMap<>();
        for (ServiceOpening opening : catalogue) {
            MenuDecision decision = decide(opening, kind, accessRemoved);
            CatalogueEntry entry = opening.entry();
            decisions.put(entry.key(), decision);
            if (decision == MenuDecision.SHOWN) {
                shown.add(new MenuService(entry.key(), entry.label(), entry.url()));
            }
        }
        return new FamilyMenu(shown, decisions);
    }

    static MenuDecision decide(ServiceOpening opening, AccountKind kind, boolean accessRemoved) {
        if (!opening.isOpen()) {
            return MenuDecision.CLOSED;
        }
        if (!meantFor(opening.entry().audience(), kind)) {
            return MenuDecision.NOT_FOR_USER_TYPE;
        }
        if (accessRemoved && isTracking(opening.entry().key())) {
            return MenuDecision.ACCESS_REMOVED;
        }
        return MenuDecision.SHOWN;
    }

    public static boolean isTracking(ServiceKey key) {
        return key.national().map(TRACKING::contains).orElse(false);
    }

    private static boolean meantFor(Audience audience, AccountKind kind) {
        return kind == AccountKind.GUARDIAN ? audience.includesGuardians() : audience.includesStudents();
    }
}

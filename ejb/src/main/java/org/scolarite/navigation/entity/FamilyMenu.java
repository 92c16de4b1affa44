package org.scolarite.navigation.entity;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.scolarite.catalog.entity.ServiceKey;

/**
 * The services one account has for one child today (R-PORTAL-5), in the catalogue's order, and the decision for every
 * service of the establishment's catalogue, so that a page can say why it is refused (R-ACC-9: « access removed »).
 */
public record FamilyMenu(List<MenuService> services, Map<ServiceKey, MenuDecision> decisions) {

    public static final FamilyMenu EMPTY = new FamilyMenu(List.of(), Map.of());

    public FamilyMenu {
        services = List.copyOf(services);
        decisions = Map.copyOf(decisions);
    }

    public boolean allows(ServiceKey key) {
        return decision(key) == MenuDecision.SHOWN;
    }

    /** CLOSED for a service the establishment is not even offered. */
    public MenuDecision decision(ServiceKey key) {
        return decisions.getOrDefault(key, MenuDecision.CLOSED);
    }

    public Optional<MenuService> service(ServiceKey key) {
        return services.stream().filter(s -> s.key().equals(key)).findFirst();
    }

    /** R-ACC-9: whether open services are withheld because the pupil's access was removed (the pages say so). */
    public boolean trackingWithdrawn() {
        return decisions.containsValue(MenuDecision.ACCESS_REMOVED);
    }

    public List<MenuService> academicServices() {
        return services.stream().filter(MenuService::isAcademic).toList();
    }
}

package org.scolarite.navigation.entity;

import java.util.Comparator;
import java.util.List;

/**
 * R-PORTAL-6: which tiles the home shows. A tile appears only when its count is above zero, and only for a service in
 * the child's menu today (a closed service, or grades of a pupil whose access was removed, R-ACC-9, bring no news);
 * tiles follow the menu's order.
 */
public final class NewsTiles {

    private NewsTiles() {
    }

    public static List<NewsTile> shown(List<NewsTile> counted, FamilyMenu menu) {
        List<MenuService> order = menu.services();
        return counted.stream()
                .filter(tile -> tile.count() > 0 && menu.allows(tile.service()))
                .sorted(Comparator.comparingInt(tile -> order.indexOf(menu.service(tile.service()).orElseThrow())))
                .toList();
    }
}

package org.scolarite.navigation.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.scolarite.catalog.entity.NationalService;
import org.scolarite.catalog.entity.ServiceKey;

/** R-PORTAL-6: which news tiles the home shows. */
class NewsTilesTest {

    private static final ServiceKey GRADES = ServiceKey.of(NationalService.GRADES);
    private static final ServiceKey SCHOOL_LIFE = ServiceKey.of(NationalService.SCHOOL_LIFE);
    private static final ServiceKey PAYMENT = ServiceKey.of(NationalService.PAYMENT);

    private static final FamilyMenu MENU = new FamilyMenu(
            List.of(new MenuService(SCHOOL_LIFE, null, null), new MenuService(GRADES, null, null)),
            Map.of(SCHOOL_LIFE, MenuDecision.SHOWN, GRADES, MenuDecision.SHOWN, PAYMENT, MenuDecision.CLOSED));

    @Test
    @DisplayName("R-PORTAL-6: a tile appears only when its count is above zero, in the menu's order")
    void only_counts_above_zero() {
        NewsTile grades = new NewsTile(GRADES, 4, "4 nouvelles notes");
        NewsTile absences = new NewsTile(SCHOOL_LIFE, 5, "5 demi-journées d’absence ce trimestre");
        NewsTile none = new NewsTile(GRADES, 0, "0 nouvelle note");

        assertThat(NewsTiles.shown(List.of(grades, none, absences), MENU)).containsExactly(absences, grades);
        assertThat(NewsTiles.shown(List.of(none), MENU)).isEmpty();
    }

    @Test
    @DisplayName("R-PORTAL-6, R-PORTAL-5, R-ACC-9: no tile for a service that is not in the child's menu (closed, or "
            + "withheld because the pupil's access was removed)")
    void only_services_in_the_menu() {
        NewsTile invoices = new NewsTile(PAYMENT, 2, "2 nouvelles factures");
        FamilyMenu removed = new FamilyMenu(List.of(), Map.of(GRADES, MenuDecision.ACCESS_REMOVED));

        assertThat(NewsTiles.shown(List.of(invoices), MENU)).isEmpty();
        assertThat(NewsTiles.shown(List.of(new NewsTile(GRADES, 3, "3 nouvelles notes")), removed)).isEmpty();
    }
}

package org.scolarite.navigation.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.scolarite.account.entity.AccountKind;
import org.scolarite.catalog.entity.AcademicService;
import org.scolarite.catalog.entity.Audience;
import org.scolarite.catalog.entity.CatalogueEntry;
import org.scolarite.catalog.entity.EstablishmentProfile;
import org.scolarite.catalog.entity.NationalService;
import org.scolarite.catalog.entity.ServiceCatalogue;
import org.scolarite.catalog.entity.ServiceKey;
import org.scolarite.catalog.entity.ServiceOpening;
import org.scolarite.structure.entity.Academy;
import org.scolarite.structure.entity.EstablishmentKind;

/** R-PORTAL-5, R-ACC-9: the menu of one account for one child, from the real catalogue rules (no container). */
class MenuPolicyTest {

    private static final long COLLEGE = 10L;
    private static final long OTHER_SCHOOL = 20L;
    private static final EstablishmentProfile COLLEGE_PROFILE =
            new EstablishmentProfile(EstablishmentKind.COLLEGE, true, true, false, false);

    private final Academy academy = new Academy("NORM", "Académie", "http://localhost/");

    /** The collège's catalogue with its choices in effect today: every switchable service as chosen (null = default). */
    private List<ServiceOpening> catalogue(List<AcademicService> academic, java.util.Map<ServiceKey, Boolean> chosen) {
        List<ServiceOpening> openings = new ArrayList<>();
        for (CatalogueEntry entry : ServiceCatalogue.of(COLLEGE_PROFILE, COLLEGE, Set.of(), academic)) {
            openings.add(new ServiceOpening(entry, chosen.get(entry.key())));
        }
        return openings;
    }

    private static List<ServiceKey> keys(FamilyMenu menu) {
        return menu.services().stream().map(MenuService::key).toList();
    }

    @Test
    @DisplayName("R-PORTAL-5: a guardian gets the services open today that are meant for guardians, in the catalogue's "
            + "order; a pupil those meant for pupils (no information sheet, no grants, no payment)")
    void by_user_type() {
        List<ServiceOpening> openings = catalogue(List.of(), java.util.Map.of(
                ServiceKey.of(NationalService.PAYMENT), true, ServiceKey.of(NationalService.FOLIOS), true));

        FamilyMenu guardian = MenuPolicy.menu(openings, AccountKind.GUARDIAN, false);
        FamilyMenu pupil = MenuPolicy.menu(openings, AccountKind.STUDENT, false);

        assertThat(keys(guardian)).containsExactly(ServiceKey.of(NationalService.SCHOOL_LIFE),
                ServiceKey.of(NationalService.GRADES), ServiceKey.of(NationalService.LSU),
                ServiceKey.of(NationalService.INFO_SHEET), ServiceKey.of(NationalService.PAYMENT),
                ServiceKey.of(NationalService.COLLEGE_GRANT), ServiceKey.of(NationalService.ENROLMENT));
        assertThat(keys(pupil)).containsExactly(ServiceKey.of(NationalService.SCHOOL_LIFE),
                ServiceKey.of(NationalService.GRADES), ServiceKey.of(NationalService.LSU),
                ServiceKey.of(NationalService.FOLIOS));
        assertThat(pupil.decision(ServiceKey.of(NationalService.ENROLMENT)))
                .as("enrolment: guardians only").isEqualTo(MenuDecision.NOT_FOR_USER_TYPE);
        assertThat(guardian.decision(ServiceKey.of(NationalService.FOLIOS))).isEqualTo(MenuDecision.NOT_FOR_USER_TYPE);
    }

    @Test
    @DisplayName("R-PORTAL-5, R-SET-2: a service closed today is not in the menu, nor one the school opened today for "
            + "tomorrow (the choice in effect today is still « closed »), nor one not offered to the school (LSL)")
    void closed_or_opened_tomorrow() {
        // PAYMENT starts closed; the school's click today takes effect tomorrow: today's choice is still absent.
        List<ServiceOpening> today = catalogue(List.of(), java.util.Map.of(ServiceKey.of(NationalService.GRADES), false));
        FamilyMenu menu = MenuPolicy.menu(today, AccountKind.GUARDIAN, false);

        assertThat(keys(menu)).doesNotContain(ServiceKey.of(NationalService.GRADES),
                ServiceKey.of(NationalService.PAYMENT), ServiceKey.of(NationalService.LSL));
        assertThat(menu.decision(ServiceKey.of(NationalService.GRADES))).isEqualTo(MenuDecision.CLOSED);
        assertThat(menu.decision(ServiceKey.of(NationalService.PAYMENT))).isEqualTo(MenuDecision.CLOSED);
        assertThat(menu.decision(ServiceKey.of(NationalService.LSL))).as("not offered to a collège")
                .isEqualTo(MenuDecision.CLOSED);

        FamilyMenu tomorrow = MenuPolicy.menu(catalogue(List.of(),
                java.util.Map.of(ServiceKey.of(NationalService.PAYMENT), true)), AccountKind.GUARDIAN, false);
        assertThat(tomorrow.allows(ServiceKey.of(NationalService.PAYMENT))).isTrue();
    }

    @Test
    @DisplayName("R-ACC-9: a pupil whose access was removed loses grades, school life and report books, keeps the "
            + "rest; the menu says that tracking services are withheld")
    void access_removed() {
        List<ServiceOpening> openings = catalogue(List.of(), java.util.Map.of());

        FamilyMenu removed = MenuPolicy.menu(openings, AccountKind.GUARDIAN, true);

        assertThat(keys(removed)).containsExactly(ServiceKey.of(NationalService.INFO_SHEET),
                ServiceKey.of(NationalService.COLLEGE_GRANT), ServiceKey.of(NationalService.ENROLMENT));
        assertThat(removed.decision(ServiceKey.of(NationalService.GRADES))).isEqualTo(MenuDecision.ACCESS_REMOVED);
        assertThat(removed.decision(ServiceKey.of(NationalService.SCHOOL_LIFE))).isEqualTo(MenuDecision.ACCESS_REMOVED);
        assertThat(removed.decision(ServiceKey.of(NationalService.LSU))).isEqualTo(MenuDecision.ACCESS_REMOVED);
        assertThat(removed.trackingWithdrawn()).isTrue();
        assertThat(MenuPolicy.menu(openings, AccountKind.GUARDIAN, false).trackingWithdrawn()).isFalse();
        assertThat(MenuPolicy.menu(openings, AccountKind.STUDENT, true).allows(ServiceKey.of(NationalService.GRADES)))
                .as("the pupil's own account too").isFalse();
    }

    @Test
    @DisplayName("R-PORTAL-5, R-SVC-2: an académie service is in the menu when open and meant for the user type; an "
            + "experimental one piloted by another school is not, even if this school chose to open it")
    void academic_services() throws Exception {
        AcademicService forAll = academic(1L, "Orientation", Audience.BOTH);
        AcademicService forPupils = academic(2L, "Plateforme de langues", Audience.STUDENT);
        AcademicService pilotElsewhere = academic(3L, "Expérimentation", Audience.BOTH);
        pilotElsewhere.setRules(false, true, List.of(OTHER_SCHOOL));
        List<ServiceOpening> openings = catalogue(List.of(forAll, forPupils, pilotElsewhere), java.util.Map.of(
                ServiceKey.academic(1L), true, ServiceKey.academic(2L), true, ServiceKey.academic(3L), true));

        FamilyMenu guardian = MenuPolicy.menu(openings, AccountKind.GUARDIAN, true);

        assertThat(guardian.academicServices()).containsExactly(
                new MenuService(ServiceKey.academic(1L), "Orientation", "https://orientation.example.fr/"));
        assertThat(guardian.decision(ServiceKey.academic(2L))).isEqualTo(MenuDecision.NOT_FOR_USER_TYPE);
        assertThat(guardian.decision(ServiceKey.academic(3L))).isEqualTo(MenuDecision.CLOSED);
        assertThat(MenuPolicy.menu(openings, AccountKind.STUDENT, false).academicServices())
                .extracting(MenuService::label).containsExactly("Orientation", "Plateforme de langues");
        assertThat(MenuPolicy.menu(catalogue(List.of(forAll), java.util.Map.of()), AccountKind.GUARDIAN, false)
                .academicServices()).as("académie services start closed").isEmpty();
    }

    @Test
    @DisplayName("R-PORTAL-5: an establishment whose téléservices are not activated has an empty catalogue: empty menu")
    void nothing_open() {
        FamilyMenu menu = MenuPolicy.menu(List.of(), AccountKind.GUARDIAN, false);
        assertThat(menu.services()).isEmpty();
        assertThat(menu.allows(ServiceKey.of(NationalService.GRADES))).isFalse();
    }

    private AcademicService academic(long id, String label, Audience audience) throws Exception {
        AcademicService service = new AcademicService(academy, label,
                label.equals("Orientation") ? "https://orientation.example.fr/" : "https://example.fr/" + id, audience);
        var field = AcademicService.class.getDeclaredField("id");
        field.setAccessible(true);
        field.set(service, id);
        return service;
    }

    @Test
    @DisplayName("R-PORTAL-5: the policy reads the catalogue's audience, not a list of its own")
    void audience_is_the_catalogue_s() {
        CatalogueEntry guardiansOnly = new CatalogueEntry(ServiceKey.academic(9L), Audience.GUARDIAN,
                org.scolarite.catalog.entity.Availability.MANDATORY, false, false, "Bourses", "https://b.example/");
        List<ServiceOpening> openings = List.of(new ServiceOpening(guardiansOnly, null));
        assertThat(MenuPolicy.menu(openings, AccountKind.GUARDIAN, false).allows(ServiceKey.academic(9L))).isTrue();
        assertThat(MenuPolicy.menu(openings, AccountKind.STUDENT, false).allows(ServiceKey.academic(9L))).isFalse();
    }
}

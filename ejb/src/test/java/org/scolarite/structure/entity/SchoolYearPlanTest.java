package org.scolarite.structure.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The checks of the year rollover (« bascule d'année », issue 6 item 6) before anything is written. */
class SchoolYearPlanTest {

    private static final Academy ACADEMY = new Academy("NORMANDIE", "Académie de Normandie", "http://localhost/");
    private static final Optional<SchoolYear> CURRENT = Optional.of(
            new SchoolYear(ACADEMY, 2026, LocalDate.of(2026, 9, 1), LocalDate.of(2027, 7, 3)));

    private static SchoolYearPlan plan(int year, LocalDate rentree, LocalDate end) {
        return new SchoolYearPlan(year, rentree, end);
    }

    @Test
    @DisplayName("the label « 2027-2028 » gives its start year; anything else is refused on the year field")
    void label() {
        assertThat(SchoolYearPlan.startYearOf(" 2027-2028 ")).isEqualTo(2027);
        assertThat(SchoolYearPlan.startYearOf("2027/2028")).isEqualTo(2027);
        for (String wrong : new String[] {null, "", "2027", "2027-2029", "deux mille", "2028-2027"}) {
            assertThatThrownBy(() -> SchoolYearPlan.startYearOf(wrong)).as(wrong)
                    .isInstanceOfSatisfying(RolloverRefused.class, e -> assertThat(e.field()).isEqualTo("year"))
                    .hasMessageContaining("2027-2028");
        }
    }

    @Test
    @DisplayName("the year after the current one, rentrée after its end and in its start year, end the next calendar year: accepted")
    void next_year_accepted() {
        SchoolYearPlan next = plan(2027, LocalDate.of(2027, 9, 1), LocalDate.of(2028, 7, 1));
        next.requireNextOf(CURRENT, false);
        SchoolYear created = next.create(ACADEMY);
        assertThat(created.label()).isEqualTo("2027-2028");
        assertThat(created.getRentreeDate()).isEqualTo(LocalDate.of(2027, 9, 1));
    }

    @Test
    @DisplayName("a year that exists, one that does not follow the current one, or none under way: refused on the year")
    void wrong_year_refused() {
        assertRefused(plan(2027, LocalDate.of(2027, 9, 1), LocalDate.of(2028, 7, 1)), true, "year", "existe déjà");
        assertRefused(plan(2028, LocalDate.of(2028, 9, 1), LocalDate.of(2029, 7, 1)), false, "year",
                "seule l’année 2027-2028");
        assertRefused(plan(2026, LocalDate.of(2026, 9, 1), LocalDate.of(2027, 7, 1)), false, "year",
                "ne suit pas");
        assertThatThrownBy(() -> plan(2027, LocalDate.of(2027, 9, 1), LocalDate.of(2028, 7, 1))
                .requireNextOf(Optional.empty(), false)).isInstanceOf(RolloverRefused.class)
                .hasMessageContaining("Aucune année scolaire");
    }

    @Test
    @DisplayName("inconsistent dates are refused next to their field, with a French reason")
    void inconsistent_dates_refused() {
        assertRefused(plan(2027, null, LocalDate.of(2028, 7, 1)), false, "rentree", "date de rentrée");
        assertRefused(plan(2027, LocalDate.of(2027, 9, 1), null), false, "end", "date de fin");
        assertRefused(plan(2027, LocalDate.of(2028, 9, 1), LocalDate.of(2028, 12, 1)), false, "rentree", "en 2027");
        assertRefused(plan(2027, LocalDate.of(2027, 7, 2), LocalDate.of(2028, 7, 1)), false, "rentree",
                "03/07/2027");
        assertRefused(plan(2027, LocalDate.of(2027, 9, 1), LocalDate.of(2027, 12, 20)), false, "end", "en 2028");
        assertRefused(plan(2027, LocalDate.of(2027, 9, 1), LocalDate.of(2029, 7, 1)), false, "end", "en 2028");
    }

    private static void assertRefused(SchoolYearPlan plan, boolean exists, String field, String reason) {
        assertThatThrownBy(() -> plan.requireNextOf(CURRENT, exists)).as(plan.toString())
                .isInstanceOfSatisfying(RolloverRefused.class, e -> assertThat(e.field()).isEqualTo(field))
                .hasMessageContaining(reason);
    }
}

package org.scolarite.structure.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SchoolYearTest {

    private final Academy academy = new Academy("NORMANDIE", "Académie de Normandie", "http://localhost:8080/");

    @Test
    @DisplayName("a school year runs from the rentrée to the end date, both included (R-STAT-2 « this school year »)")
    void contains_both_bounds() {
        SchoolYear year = new SchoolYear(academy, 2026, LocalDate.of(2026, 9, 1), LocalDate.of(2027, 7, 4));
        assertThat(year.contains(LocalDate.of(2026, 8, 31))).isFalse();
        assertThat(year.contains(LocalDate.of(2026, 9, 1))).isTrue();
        assertThat(year.contains(LocalDate.of(2027, 7, 4))).isTrue();
        assertThat(year.contains(LocalDate.of(2027, 7, 5))).isFalse();
        assertThat(year.label()).isEqualTo("2026-2027");
    }

    @Test
    @DisplayName("the end date must follow the rentrée")
    void refuses_inverted_dates() {
        assertThatIllegalArgumentException().isThrownBy(() ->
                new SchoolYear(academy, 2026, LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 1)));
    }

    @Test
    @DisplayName("a MEF code has 11 characters")
    void mef_code_shape() {
        assertThat(new Mef("10010012110", "6EME", "SIXIEME", "2111").getCode()).isEqualTo("10010012110");
        assertThatIllegalArgumentException().isThrownBy(() -> new Mef("1001001211", "6EME", null, null));
    }

    @Test
    @DisplayName("an address is deliverable with a street line and a town, and prints without blank lines")
    void postal_address() {
        PostalAddress address = new PostalAddress("3 rue de la Paix", null, "14000", "CAEN");
        assertThat(address.isDeliverable()).isTrue();
        assertThat(address.formatted()).isEqualTo("3 rue de la Paix\n14000 CAEN");
        assertThat(new PostalAddress(null, null, "14000", "CAEN").isDeliverable()).isFalse();
    }
}

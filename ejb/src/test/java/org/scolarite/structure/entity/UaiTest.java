package org.scolarite.structure.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UaiTest {

    @Test
    @DisplayName("a real UAI is accepted, normalised to upper case")
    void accepts_real_uai() {
        assertThat(Uai.of(" 0140070a ").value()).isEqualTo("0140070A");
    }

    @Test
    @DisplayName("the control letter is checked: a mistyped UAI is refused with a French message")
    void refuses_wrong_control_letter() {
        assertThatIllegalArgumentException().isThrownBy(() -> Uai.of("0140070B"))
                .withMessageContaining("lettre de contrôle");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "014007A", "01400700A", "A140070A", "0140070"})
    @DisplayName("anything but seven digits and a letter is refused")
    void refuses_bad_shapes(String raw) {
        assertThatIllegalArgumentException().isThrownBy(() -> Uai.of(raw)).withMessageContaining("UAI invalide");
    }

    @Test
    @DisplayName("fromDigits computes the control letter that of() accepts")
    void from_digits_round_trip() {
        for (int digits = 140000; digits < 140100; digits++) {
            Uai uai = Uai.fromDigits(digits);
            assertThat(Uai.of(uai.value())).isEqualTo(uai);
        }
    }
}

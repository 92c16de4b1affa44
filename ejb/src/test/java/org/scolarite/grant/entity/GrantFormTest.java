package org.scolarite.grant.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class GrantFormTest {

    private static GrantForm form(String household, String income, String children, boolean certified) {
        return new GrantForm(household, "Claire Durand", "Marc Durand", income, children, certified);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "0|0.00", "0,01|0.01", "18450|18450.00", "18 450,5|18450.50", "18\u202f450,50 €|18450.50",
            "18450.50|18450.50", "9999999999,99|9999999999.99"})
    @DisplayName("R-BOURSE-2: resources are a decimal ≥ 0 with cents at most, as typed in French (BigDecimal, never "
            + "floating point)")
    void income_accepted(String typed, String expected) {
        BigDecimal income = form("ONE_GUARDIAN", typed, "1", true).checked(true).referenceIncome();
        assertThat(income).isEqualTo(new BigDecimal(expected));
        assertThat(income.scale()).isEqualTo(2);
    }

    @ParameterizedTest
    @ValueSource(strings = {"-0,01", "-1", "abc", "12,345", "1e3", "10000000000", "1.2.3"})
    @DisplayName("R-BOURSE-2: a negative, malformed, over-precise or too large income is refused next to its field")
    void income_refused(String typed) {
        GrantRejected refused = catchThrowableOfType(GrantRejected.class,
                () -> form("ONE_GUARDIAN", typed, "1", true).checked(false));
        assertThat(refused.errors()).containsOnlyKeys("referenceIncome");
    }

    @Test
    @DisplayName("R-BOURSE-2: a negative income says so in French")
    void negative_income_message() {
        assertThatThrownBy(() -> form("ONE_GUARDIAN", "-5", "1", true).checked(true))
                .isInstanceOf(GrantRejected.class).hasMessageContaining("ne peut pas être négatif");
    }

    @ParameterizedTest
    @CsvSource({"1,true", "20,true", "0,false", "-1,false", "21,false", "deux,false", "1.5,false"})
    @DisplayName("R-BOURSE-2: children in charge: at least 1 (the pupil), at most 20, a whole number")
    void children_in_charge(String typed, boolean accepted) {
        GrantForm form = form("ONE_GUARDIAN", "100", typed, true);
        if (accepted) {
            assertThat(form.checked(true).childrenInCharge()).isEqualTo(Integer.valueOf(typed));
        } else {
            assertThat(catchThrowableOfType(GrantRejected.class, () -> form.checked(true)).errors())
                    .containsOnlyKeys("childrenInCharge");
        }
    }

    @Test
    @DisplayName("R-BOURSE-2: no submission without the certification; a draft may be saved without it")
    void certification_required() {
        GrantForm form = form("ONE_GUARDIAN", "100", "1", false);
        assertThat(catchThrowableOfType(GrantRejected.class, () -> form.checked(true)).errors())
                .containsOnlyKeys("certified");
        assertThat(form.checked(false).certified()).isFalse();
    }

    @Test
    @DisplayName("R-BOURSE-2: a draft may be blank; a submission lists every missing field at once")
    void draft_may_be_incomplete() {
        GrantForm blank = new GrantForm(null, " ", null, "", null, false);
        GrantAnswers draft = blank.checked(false);
        assertThat(draft.household()).isNull();
        assertThat(draft.referenceIncome()).isNull();
        assertThat(catchThrowableOfType(GrantRejected.class, () -> blank.checked(true)).errors())
                .containsOnlyKeys("household", "firstGuardian", "referenceIncome", "childrenInCharge", "certified");
    }

    @Test
    @DisplayName("R-BOURSE-2: the second guardian is asked only when both live with the pupil, and kept only then")
    void second_guardian() {
        GrantForm both = new GrantForm("TWO_GUARDIANS", "Claire Durand", "", "100", "2", true);
        assertThat(catchThrowableOfType(GrantRejected.class, () -> both.checked(true)).errors())
                .containsOnlyKeys("secondGuardian");
        GrantForm alone = new GrantForm("ONE_GUARDIAN", "Claire  Durand", "Marc Durand", "100", "2", true);
        assertThat(alone.checked(true).secondGuardian()).isNull();
        assertThat(alone.checked(true).firstGuardian()).isEqualTo("Claire Durand");
    }

    @Test
    @DisplayName("Bad input: an unknown household value (forged request) is refused, not stored")
    void forged_household() {
        assertThat(catchThrowableOfType(GrantRejected.class,
                () -> form("RICH", "100", "1", true).checked(false)).errors()).containsOnlyKeys("household");
    }

    @Test
    @DisplayName("R-BOURSE-2: the answers shown again in the form read as the family typed them")
    void round_trip() {
        GrantAnswers answers = form("TWO_GUARDIANS", "18 450,5", "3", true).checked(true);
        GrantForm shown = GrantForm.of(answers);
        assertThat(shown.referenceIncome()).isEqualTo("18450,50");
        assertThat(shown.checked(true)).isEqualTo(answers);
    }
}

package org.scolarite.grades.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GradeMarkTest {

    private static final BigDecimal TWENTY = new BigDecimal("20");

    @ParameterizedTest
    @CsvSource({"'12,5', 12.5, '12,5'", "12.25, 12.25, '12,25'", "0, 0, 0", "20, 20, 20", "'15,50', 15.50, '15,5'"})
    @DisplayName("R-NOTES-3: a grade is an exact decimal, read with a comma or a dot, shown with a comma")
    void values(String text, BigDecimal expected, String shown) {
        GradeMark.Parsed parsed = GradeMark.parse(text, TWENTY);
        assertThat(parsed.ok()).isTrue();
        assertThat(parsed.mark().value()).isEqualByComparingTo(expected);
        assertThat(parsed.mark().shown()).isEqualTo(shown);
    }

    @ParameterizedTest
    @CsvSource({"ABS, ABSENT, ABS", "N.NOT, NOT_GRADED, N.NOT", "NNOT, NOT_GRADED, N.NOT", "dis, EXEMPTED, DIS"})
    @DisplayName("R-NOTES-3: ABS, N.NOT and DIS are statuses, not values")
    void statuses(String text, GradeStatus status, String shown) {
        GradeMark mark = GradeMark.parse(text, TWENTY).mark();
        assertThat(mark.status()).isEqualTo(status);
        assertThat(mark.value()).isNull();
        assertThat(mark.shown()).isEqualTo(shown);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "20,5|note 20,5 hors de 0 … 20", "-1|note -1 hors de 0 … 20", "12,125|note « 12,125 » : deux décimales au plus",
            "douze|note illisible « douze » (un nombre, ABS, N.NOT ou DIS)", "' '|note vide"})
    @DisplayName("R-REPL-2: a grade above « noté sur », negative, too precise or unreadable is refused with its reason")
    void refused(String text, String reason) {
        GradeMark.Parsed parsed = GradeMark.parse(text, TWENTY);
        assertThat(parsed.ok()).isFalse();
        assertThat(parsed.rejection()).isEqualTo(reason);
    }

    @Test
    @DisplayName("a grade is a value or a status, never both nor neither")
    void value_or_status() {
        assertThatThrownBy(() -> new GradeMark(BigDecimal.ONE, GradeStatus.ABSENT))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new GradeMark(null, null)).isInstanceOf(IllegalArgumentException.class);
    }
}

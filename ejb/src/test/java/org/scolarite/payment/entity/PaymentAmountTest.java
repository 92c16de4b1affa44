package org.scolarite.payment.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PaymentAmountTest {

    private static final BigDecimal MINIMUM = new BigDecimal("15.00");
    private static final BigDecimal BALANCE = new BigDecimal("120.50");

    @Test
    @DisplayName("R-PAY-2: a French amount is read as an exact BigDecimal of scale 2 (« 12,5 » → 12.50, « 1 234,56 » → 1234.56)")
    void readsFrenchAmounts() {
        assertThat(PaymentAmount.parse("12,5")).isEqualTo(new BigDecimal("12.50"));
        assertThat(PaymentAmount.parse(" 1\u00a0234,56 € ")).isEqualTo(new BigDecimal("1234.56"));
        assertThat(PaymentAmount.parse("20")).isEqualTo(new BigDecimal("20.00"));
        assertThat(PaymentAmount.parse("0.10").add(PaymentAmount.parse("0,20")))
                .as("no floating point: 0.1 + 0.2 is exactly 0.30").isEqualTo(new BigDecimal("0.30"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "12,345", "-5", "1e3", "douze", "12,", ",5", "12.3.4"})
    @DisplayName("R-PAY-2: anything but a positive number with at most two decimals is refused, in French, on the amount field")
    void refusesMalformed(String typed) {
        assertThatThrownBy(() -> PaymentAmount.parse(typed)).isInstanceOf(PaymentRefused.class)
                .satisfies(e -> assertThat(((PaymentRefused) e).field()).isEqualTo("amount"))
                .hasMessageMatching("(Saisissez|Montant invalide).*");
    }

    @Test
    @DisplayName("R-PAY-2, R-PAY-1: at least the minimum — 15,00 accepted, 14,99 refused")
    void minimum() {
        assertThat(PaymentAmount.check(new BigDecimal("15"), MINIMUM, BALANCE)).isEqualTo(new BigDecimal("15.00"));
        assertThatThrownBy(() -> PaymentAmount.check(new BigDecimal("14.99"), MINIMUM, BALANCE))
                .isInstanceOf(PaymentRefused.class).hasMessage("Le montant minimum d’un paiement en ligne est de 15,00\u00a0€.");
    }

    @Test
    @DisplayName("R-PAY-2: not more than the balance — 120,50 accepted, 120,51 refused")
    void notMoreThanTheBalance() {
        assertThat(PaymentAmount.check(new BigDecimal("120.50"), MINIMUM, BALANCE)).isEqualTo(BALANCE);
        assertThatThrownBy(() -> PaymentAmount.check(new BigDecimal("120.51"), MINIMUM, BALANCE))
                .isInstanceOf(PaymentRefused.class).hasMessage("Le montant dépasse le reste à payer (120,50\u00a0€).");
    }

    @Test
    @DisplayName("R-PAY-2: an order still waiting for the bank holds its amount back — on 120,50 due with 100,00 in "
            + "progress, 20,50 is accepted, 20,51 refused; with nothing payable left, « réessayez »")
    void ordersInProgress() {
        BigDecimal min = new BigDecimal("15.00");
        BigDecimal balance = new BigDecimal("120.50");
        assertThat(PaymentAmount.check(new BigDecimal("20.50"), min, balance, new BigDecimal("100.00")))
                .isEqualByComparingTo("20.50");
        assertThatThrownBy(() -> PaymentAmount.check(new BigDecimal("20.51"), min, balance, new BigDecimal("100.00")))
                .isInstanceOf(PaymentRefused.class).hasMessageContaining("au plus 20,50");
        assertThatThrownBy(() -> PaymentAmount.check(new BigDecimal("20.00"), min, balance, new BigDecimal("110.00")))
                .isInstanceOf(PaymentRefused.class).hasMessageContaining("réessayez dans quelques minutes");
        assertThat(PaymentAmount.check(new BigDecimal("120.50"), min, balance, BigDecimal.ZERO))
                .isEqualByComparingTo("120.50");
    }

    @Test
    @DisplayName("R-PAY-2: two decimals at most — 20.001 refused even though it is between the bounds; 20.100 is 20.10")
    void twoDecimals() {
        assertThatThrownBy(() -> PaymentAmount.check(new BigDecimal("20.001"), MINIMUM, BALANCE))
                .isInstanceOf(PaymentRefused.class).hasMessage("Le montant compte au plus deux décimales.");
        assertThat(PaymentAmount.check(new BigDecimal("20.100"), MINIMUM, BALANCE)).isEqualTo(new BigDecimal("20.10"));
    }

    @Test
    @DisplayName("R-PAY-2: a remainder below the minimum, or nothing left, is not payable online")
    void remainderBelowTheMinimum() {
        assertThat(PaymentAmount.payable(MINIMUM, new BigDecimal("15.00"))).isTrue();
        assertThat(PaymentAmount.payable(MINIMUM, new BigDecimal("14.99"))).isFalse();
        assertThat(PaymentAmount.payable(MINIMUM, new BigDecimal("0.00"))).isFalse();
        assertThatThrownBy(() -> PaymentAmount.check(new BigDecimal("14.99"), MINIMUM, new BigDecimal("14.99")))
                .isInstanceOf(PaymentRefused.class).hasMessageContaining("agence comptable");
    }

    @Test
    @DisplayName("R-PAY-2: the gateway's cents are exact both ways (12,50 € ↔ 1250)")
    void cents() {
        assertThat(PaymentAmount.cents(new BigDecimal("12.5"))).isEqualTo(1250);
        assertThat(PaymentAmount.ofCents(1250)).isEqualTo(new BigDecimal("12.50"));
    }
}

package org.scolarite.payment.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.security.SecureRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.scolarite.payment.entity.OnlinePayment.Transition;

class OnlinePaymentTest {

    private final Invoice invoice = PaymentFixtures.invoice();
    private final OnlinePayment order = PaymentFixtures.order(invoice, "30");

    private GatewayReturn answer(long cents, GatewayOutcome outcome, String notification) {
        return new GatewayReturn(order.getReference(), cents, outcome,
                outcome == GatewayOutcome.PAID ? "123456" : null, notification);
    }

    @Test
    @DisplayName("R-PAY-2: an order starts pending with a random reference « TS » + 16 unambiguous characters")
    void pending() {
        assertThat(order.getStatus()).isEqualTo(PaymentStatus.PENDING);
        assertThat(order.getReference()).matches("TS[A-HJ-NP-Z2-9]{16}");
        assertThat(order.getReference()).isNotEqualTo(PaymentFixtures.order(invoice, "30").getReference());
        assertThat(invoice.balance()).isEqualTo(new BigDecimal("100.50"));
    }

    @Test
    @DisplayName("R-PAY-2: a verified « paid » answer marks the order paid once and lowers the balance by its amount")
    void paid() {
        assertThat(order.settle(answer(3000, GatewayOutcome.PAID, "SIM-1"), PaymentFixtures.NOW))
                .isEqualTo(Transition.APPLIED);
        assertThat(order.getStatus()).isEqualTo(PaymentStatus.PAID);
        assertThat(order.getAuthorisation()).isEqualTo("123456");
        assertThat(invoice.getPaidOnline()).isEqualTo(new BigDecimal("30.00"));
        assertThat(invoice.balance()).isEqualTo(new BigDecimal("70.50"));
    }

    @Test
    @DisplayName("R-PAY-2 idempotence: the second identical notification (or the browser's return after it) changes nothing")
    void secondIdenticalNotification() {
        GatewayReturn paid = answer(3000, GatewayOutcome.PAID, "SIM-1");
        order.settle(paid, PaymentFixtures.NOW);
        assertThat(order.settle(paid, PaymentFixtures.NOW.plusMinutes(1))).isEqualTo(Transition.ALREADY_FINAL);
        assertThat(invoice.balance()).isEqualTo(new BigDecimal("70.50"));
        assertThat(order.getSettledAt()).isEqualTo(PaymentFixtures.NOW);
    }

    @Test
    @DisplayName("R-PAY-2: a refused or abandoned order is final: a later « paid » answer does not turn it into a payment")
    void refusedIsFinal() {
        assertThat(order.settle(answer(3000, GatewayOutcome.REFUSED, "SIM-1"), PaymentFixtures.NOW))
                .isEqualTo(Transition.APPLIED);
        assertThat(order.getStatus()).isEqualTo(PaymentStatus.REFUSED);
        assertThat(order.settle(answer(3000, GatewayOutcome.PAID, "SIM-2"), PaymentFixtures.NOW))
                .isEqualTo(Transition.ALREADY_FINAL);
        assertThat(invoice.balance()).isEqualTo(new BigDecimal("100.50"));
    }

    @Test
    @DisplayName("R-PAY-2: an answer for another amount than the order's (29,99 € for 30,00 €) changes nothing")
    void amountMismatch() {
        assertThat(order.settle(answer(2999, GatewayOutcome.PAID, "SIM-1"), PaymentFixtures.NOW))
                .isEqualTo(Transition.AMOUNT_MISMATCH);
        assertThat(order.getStatus()).isEqualTo(PaymentStatus.PENDING);
        assertThat(invoice.balance()).isEqualTo(new BigDecimal("100.50"));
    }

    @Test
    @DisplayName("R-PAY-2: an answer about another order is a programming error, never applied")
    void otherOrder() {
        GatewayReturn other = new GatewayReturn("TSOTHER", 3000, GatewayOutcome.PAID, "1", "SIM-1");
        assertThatThrownBy(() -> order.settle(other, PaymentFixtures.NOW)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("R-PAY-2: the balance never goes below zero, even when the desk and the gateway both took the last euros")
    void neverNegative() {
        OnlinePayment whole = new OnlinePayment(invoice, 9L, "claire.durand", new BigDecimal("100.50"),
                "token-fedcba9876543210", new SecureRandom(), PaymentFixtures.NOW);
        whole.settle(new GatewayReturn(whole.getReference(), 10050, GatewayOutcome.PAID, "1", "SIM-9"),
                PaymentFixtures.NOW);
        assertThat(invoice.isSettled()).isTrue();
        assertThat(invoice.balance()).isEqualTo(new BigDecimal("0.00"));
    }
}

package org.scolarite.payment.entity;

import java.util.Arrays;
import java.util.Optional;

/**
 * The result a PayFiP-style gateway sends back ({@code resultrans}): P paid, R refused by the bank, A abandoned by the
 * payer. Anything else is not a result.
 */
public enum GatewayOutcome {
    PAID("P", PaymentStatus.PAID), REFUSED("R", PaymentStatus.REFUSED), ABANDONED("A", PaymentStatus.ABANDONED);

    private final String code;
    private final PaymentStatus status;

    GatewayOutcome(String code, PaymentStatus status) {
        this.code = code;
        this.status = status;
    }

    public String code() {
        return code;
    }

    public PaymentStatus status() {
        return status;
    }

    public static Optional<GatewayOutcome> ofCode(String code) {
        return Arrays.stream(values()).filter(o -> o.code.equals(code)).findFirst();
    }
}

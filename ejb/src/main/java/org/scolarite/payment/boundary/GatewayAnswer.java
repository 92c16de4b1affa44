package org.scolarite.payment.boundary;

import org.scolarite.payment.entity.PaymentStatus;

/**
 * What became of a gateway answer: {@code accepted} when its signature and amount were right (applied now or before),
 * with the order's reference and status; refused otherwise (forged, tampered, unknown order), nothing changed.
 */
public record GatewayAnswer(boolean accepted, String reference, PaymentStatus status) {

    static GatewayAnswer refused() {
        return new GatewayAnswer(false, null, null);
    }
}

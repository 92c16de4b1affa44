package org.scolarite.payment.control;

import java.net.URI;
import java.util.Map;
import java.util.Optional;
import org.scolarite.payment.entity.GatewayReturn;

/**
 * The payment gateway (PayFiP/TIPI of the public finances, or its simulator): it takes a payment order and gives the
 * address the family's browser goes to, then answers — on the browser's return and in a server-to-server
 * notification — with signed parameters that {@link #verify} accepts only when the signature is its own.
 */
public interface PaymentGateway {

    /** Whether an order can be sent now (the simulator is off in production until the real client is plugged in). */
    boolean available();

    /** The address the family's browser is sent to for this order. */
    URI createOrder(PaymentOrder order);

    /** The answer read from the request's parameters when they are well formed and signed by the gateway. */
    Optional<GatewayReturn> verify(Map<String, String> parameters);
}

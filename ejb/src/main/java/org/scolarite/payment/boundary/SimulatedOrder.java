package org.scolarite.payment.boundary;

import java.math.BigDecimal;
import org.scolarite.payment.entity.PaymentStatus;

/** A payment order as the PayFiP simulator's page shows it: the creditor (the school's TIPI client), object, amount. */
public record SimulatedOrder(String reference, String clientNumber, String creditor, String invoiceNumber,
                             BigDecimal amount, PaymentStatus status) {
}

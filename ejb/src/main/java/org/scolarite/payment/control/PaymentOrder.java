package org.scolarite.payment.control;

import java.math.BigDecimal;

/**
 * What a payment order tells the gateway: the school's TIPI/PayFiP client number, the order's reference, the amount,
 * and the invoice's number as the object of the payment.
 */
public record PaymentOrder(String clientNumber, String reference, BigDecimal amount, String invoiceNumber) {
}

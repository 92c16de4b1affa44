package org.scolarite.payment.boundary;

import java.math.BigDecimal;

/** The « Payer une facture » form: the invoice, the bounds of the amount and the school's contact. */
public record PaymentForm(InvoiceLine invoice, BigDecimal minimum, String contactEmail, String establishmentName) {
}

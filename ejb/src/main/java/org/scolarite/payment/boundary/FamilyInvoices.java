package org.scolarite.payment.boundary;

import java.math.BigDecimal;
import java.util.List;

/**
 * The shown child's invoices and online payments (R-PAY-2). {@code offered}: the school's payment set-up is in effect
 * today (R-PAY-1, D+1) and a gateway answers; otherwise the invoices are shown without « Payer ».
 */
public record FamilyInvoices(List<InvoiceLine> invoices, List<PaymentLine> payments, boolean offered,
                             BigDecimal minimum, String contactEmail) {
}

package org.scolarite.payment.boundary;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import org.scolarite.payment.entity.PaymentStatus;

/** One online payment, for the family's list, its receipt and the school's list (console, export). */
public record PaymentLine(String reference, LocalDateTime createdAt, LocalDateTime settledAt, String invoiceNumber,
                          String invoiceLabel, String pupil, String division, BigDecimal amount, PaymentStatus status,
                          String payer, String authorisation) {

    public boolean paid() {
        return status == PaymentStatus.PAID;
    }
}

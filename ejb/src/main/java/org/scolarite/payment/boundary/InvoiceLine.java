package org.scolarite.payment.boundary;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One invoice as the family reads it (R-PAY-2): amount, paid, remaining, and whether it can be paid online now. */
public record InvoiceLine(long id, String number, String label, LocalDate issuedOn, LocalDate dueOn,
                          BigDecimal amount, BigDecimal paid, BigDecimal balance, boolean payable, boolean overdue) {

    public boolean settled() {
        return balance.signum() == 0;
    }
}

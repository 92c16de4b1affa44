package org.scolarite.payment.entity;

import jakarta.ejb.ApplicationException;

/**
 * A payment the family asked for is refused (amount below the minimum, above the balance, more than two decimals…).
 * Names the form field at fault, so that the portal shows the French message next to it and keeps what was typed.
 * An EJB application exception: reaches the web layer unwrapped and rolls the transaction back.
 */
@ApplicationException(rollback = true)
public class PaymentRefused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String field;

    public PaymentRefused(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}

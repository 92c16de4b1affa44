package org.scolarite.navigation.entity;

import jakarta.ejb.ApplicationException;

/**
 * The contact form cannot be sent (R-SET-5): {@code field} names the input the French message belongs to
 * (« subject », « message »), or is null for the whole form. Rolls the transaction back: nothing is queued.
 */
@ApplicationException(rollback = true)
public class ContactRejected extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String field;

    public ContactRejected(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}

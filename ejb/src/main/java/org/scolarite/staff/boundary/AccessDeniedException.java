package org.scolarite.staff.boundary;

import jakarta.ejb.ApplicationException;

/** A console user asked for an establishment or an action his roles do not cover. Rolls the transaction back. */
@ApplicationException(rollback = true)
public class AccessDeniedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public AccessDeniedException(String message) {
        super(message);
    }
}

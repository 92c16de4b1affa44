package org.scolarite.structure.entity;

import jakarta.ejb.ApplicationException;

/**
 * The year rollover is refused. Names the form field at fault ({@code year}, {@code rentree}, {@code end}) so that the
 * console shows the French message next to it. An EJB application exception: reaches the web layer unwrapped and
 * rolls the transaction back.
 */
@ApplicationException(rollback = true)
public class RolloverRefused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String field;

    public RolloverRefused(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}

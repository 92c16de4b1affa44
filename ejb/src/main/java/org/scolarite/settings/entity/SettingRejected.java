package org.scolarite.settings.entity;

import jakarta.ejb.ApplicationException;

/**
 * A setting value is refused. Names the form field at fault so that the console shows the French message next to
 * it, and keeps what the user typed.
 * An EJB application exception: reaches the web layer unwrapped and rolls the transaction back.
 */
@ApplicationException(rollback = true)
public class SettingRejected extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String field;

    public SettingRejected(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}

package org.scolarite.enrolment.entity;

import jakarta.ejb.ApplicationException;

/**
 * A typed value the enrolment rules refuse, with the French sentence shown next to its field ({@link #field()}, null
 * for the whole form). Not an intrusion: the page keeps what was typed and explains. Rolls the transaction back.
 */
@ApplicationException(rollback = true, inherited = true)
public class EnrolmentRejected extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String field;

    public EnrolmentRejected(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}

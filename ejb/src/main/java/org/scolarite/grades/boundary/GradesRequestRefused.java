package org.scolarite.grades.boundary;

import jakarta.ejb.ApplicationException;

/**
 * A grades request the server refuses: a period the child's division does not have, an assessment that is not the
 * child's or not visible today (R-NOTES-1). The message says what was asked, for the log; the family sees a refusal.
 */
@ApplicationException
public class GradesRequestRefused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public GradesRequestRefused(String message) {
        super(message);
    }
}

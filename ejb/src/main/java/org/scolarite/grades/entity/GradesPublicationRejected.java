package org.scolarite.grades.entity;

import jakarta.ejb.ApplicationException;

/**
 * A change of the grade-publication setting that R-NOTES-2 refuses. Its message is French and meant for the user. As
 * an EJB application exception it reaches the web layer as itself (not wrapped) and still rolls the transaction back.
 */
@ApplicationException(rollback = true)
public class GradesPublicationRejected extends RuntimeException {

    private static final long serialVersionUID = 1L;

    GradesPublicationRejected(String message) {
        super(message);
    }
}

package org.scolarite.replication.boundary;

import jakarta.ejb.ApplicationException;

/**
 * An export refused at the door of the drop zone, with the reason in French for the person who deposited it (not an
 * XML or zip file, unknown export, UAI of another establishment, school year other than the current one…).
 */
@ApplicationException(rollback = true)
public class ExportRefused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ExportRefused(String message) {
        super(message);
    }
}

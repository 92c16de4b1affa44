package org.scolarite.catalog.entity;

import jakarta.ejb.ApplicationException;

/** A service cannot be opened or closed (R-SVC-3); the message says why, in French. * An EJB application exception: reaches the web layer unwrapped and rolls the transaction back.
 */
@ApplicationException(rollback = true)
public class ServiceSwitchRefused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ServiceSwitchRefused(String message) {
        super(message);
    }
}

package org.scolarite.infosheet.boundary;

import jakarta.ejb.ApplicationException;

/**
 * A request on the information sheet the server refuses: a pupil the account does not open, a guardian who is not the
 * account's holder, a field that is read-only or unknown (R-FICHE-1). Only a forged request asks for them; the
 * message says what was asked, for the log, and the transaction is rolled back.
 */
@ApplicationException(rollback = true)
public class SheetRequestRefused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public SheetRequestRefused(String message) {
        super(message);
    }
}

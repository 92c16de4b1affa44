package org.scolarite.batch.replication;

import jakarta.ejb.ApplicationException;

/** A restart was asked for a run that did not fail (still running, or completed), or that cannot restart now. */
@ApplicationException(rollback = true)
public class RunNotRestartable extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public RunNotRestartable(String message) {
        super(message);
    }
}

package org.scolarite.replication.boundary;

import jakarta.ejb.ApplicationException;

/** A run was asked for while another one covering the same establishment is still running: it is not started twice. */
@ApplicationException(rollback = true)
public class ReplicationAlreadyRunning extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final long runningRunId;

    public ReplicationAlreadyRunning(long runningRunId) {
        super("Une réplication est déjà en cours (traitement n° " + runningRunId + ")\u00a0: attendez qu'elle se termine.");
        this.runningRunId = runningRunId;
    }

    public long runningRunId() {
        return runningRunId;
    }
}

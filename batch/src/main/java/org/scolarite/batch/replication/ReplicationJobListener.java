package org.scolarite.batch.replication;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.listener.AbstractJobListener;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.logging.Logger;
import org.scolarite.replication.boundary.ReplicationEngine;
import org.scolarite.replication.entity.RunStatus;

/**
 * Tells the run how its job ended: finished (the engine tells COMPLETED from COMPLETED_WITH_FAILURES by its
 * establishments), or failed — a stop counts as a failure, so that the run can be restarted.
 */
@Named("replicationListener")
@Dependent
public class ReplicationJobListener extends AbstractJobListener {

    private static final Logger LOG = Logger.getLogger(ReplicationJobListener.class.getName());

    @Inject
    @BatchProperty
    private String runId;

    @Inject
    private ReplicationEngine engine;

    @Inject
    private JobContext job;

    @Override
    public void afterJob() {
        BatchStatus status = job.getBatchStatus();
        RunStatus outcome = outcome(status);
        if (outcome == RunStatus.FAILED) {
            LOG.warning(() -> "Réplication " + runId + " interrompue (" + status + ", " + job.getExitStatus()
                    + ") : elle peut être reprise.");
        }
        engine.finish(Long.parseLong(runId), outcome);
    }

    /** While the listener runs, a job that went well is still STARTED; a failed or stopped one says so. */
    static RunStatus outcome(BatchStatus status) {
        return switch (status) {
            case FAILED, STOPPING, STOPPED, ABANDONED -> RunStatus.FAILED;
            default -> RunStatus.COMPLETED;
        };
    }

    /** The cause's message, for the school: the exception's type only when it says nothing else. */
    static String describe(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    }
}

package org.scolarite.batch.notification;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.listener.AbstractJobListener;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.scolarite.notification.boundary.AccountNotifications;

/**
 * Tells the run how its job ended: finished, or failed — a stop counts as a failure, so that the console offers
 * « Reprendre » — with the error the writer met.
 */
@Named("massNotificationListener")
@Dependent
public class RunOutcomeListener extends AbstractJobListener {

    static final String STOPPED = "Notification interrompue à la demande\u00a0: «\u00a0Reprendre\u00a0» la poursuit "
            + "avec les divisions restantes.";
    static final String FAILED = "Erreur technique pendant la notification\u00a0: «\u00a0Reprendre\u00a0» la poursuit "
            + "avec les divisions restantes.";

    private static final Logger LOG = Logger.getLogger(RunOutcomeListener.class.getName());

    @Inject
    @BatchProperty
    private String runId;

    @Inject
    private AccountNotifications notifications;

    @Inject
    private JobContext job;

    @Override
    public void afterJob() {
        long run = Long.parseLong(runId);
        BatchStatus status = job.getBatchStatus();
        if (status == BatchStatus.STOPPING || status == BatchStatus.STOPPED) {
            notifications.failJob(run, STOPPED);
        } else if (status == BatchStatus.FAILED) {
            Object error = job.getTransientUserData();
            LOG.log(Level.WARNING, "Notification {0} en échec : {1}", new Object[] {run, error});
            notifications.failJob(run, error == null ? FAILED : FAILED + " (" + error + ")");
        } else {
            notifications.finishJob(run);
        }
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

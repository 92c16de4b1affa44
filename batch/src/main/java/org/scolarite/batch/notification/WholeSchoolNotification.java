package org.scolarite.batch.notification;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.NoSuchJobException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.Properties;
import org.scolarite.account.boundary.AccountFilter;
import org.scolarite.account.entity.AccountKind;
import org.scolarite.account.entity.AccountRuleViolation;
import org.scolarite.notification.boundary.AccountNotifications;
import org.scolarite.notification.boundary.NotificationRuns;
import org.scolarite.notification.boundary.RunSummary;
import org.scolarite.notification.entity.RunStatus;
import org.scolarite.notification.entity.Transmission;

/**
 * R-JOB-2: the console's way to notify a whole establishment (« Tout l’établissement »): starts the {@code
 * mass-notification} job on a prepared run, stops it, and restarts a failed or stopped one. Roles are checked by the
 * notification services (head or delegate of the establishment).
 *
 * <p>Not transactional: the run must be committed before the job, which runs in other threads, reads it.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class WholeSchoolNotification {

    static final String JOB = "mass-notification";
    static final String RUN_ID = "runId";

    @Inject
    private AccountNotifications notifications;

    @Inject
    private NotificationRuns runs;

    /** Prepares the run and starts its job; returns the run, which the console follows with {@link NotificationRuns}. */
    public long start(String actor, long establishmentId, AccountKind audience, AccountFilter filter,
                      Transmission transmission, boolean resetPasswords) {
        long runId = notifications.prepareWholeSchool(actor, establishmentId, audience, filter, transmission,
                resetPasswords);
        long execution = BatchRuntime.getJobOperator().start(JOB, parameters(runId));
        notifications.attachJob(runId, execution);
        return runId;
    }

    /**
     * « Interrompre »: the job stops after the division being notified (committed) and the run shows as failed, to be
     * resumed with {@link #restart}.
     */
    public void stop(String actor, long establishmentId, long runId) {
        RunSummary run = runs.view(actor, establishmentId, runId);
        if (!run.running()) {
            return;
        }
        JobOperator operator = BatchRuntime.getJobOperator();
        try {
            for (long execution : operator.getRunningExecutions(JOB)) {
                if (Long.toString(runId).equals(operator.getParameters(execution).getProperty(RUN_ID))) {
                    operator.stop(execution);
                }
            }
        } catch (NoSuchJobException e) {
            // No execution of the job is running any more: it ended meanwhile.
        }
    }

    /** « Reprendre » a failed or stopped run: the job resumes after the last division it committed. */
    public void restart(String actor, long establishmentId, long runId) {
        RunSummary run = runs.view(actor, establishmentId, runId);
        if (run.status() != RunStatus.FAILED) {
            throw new AccountRuleViolation("Seule une notification en échec ou interrompue peut être reprise.");
        }
        long previous = notifications.resumeJob(runId);
        long execution;
        try {
            // A restarted execution sees the parameters given to restart, not the first ones: give the run again.
            execution = BatchRuntime.getJobOperator().restart(previous, parameters(runId));
        } catch (RuntimeException e) {
            // Typically the stopped execution is still finishing its last division: the run stays resumable.
            notifications.failJob(runId, RunOutcomeListener.STOPPED);
            throw new AccountRuleViolation("La notification ne peut pas être reprise pour l’instant ("
                    + RunOutcomeListener.describe(e) + ")\u00a0: réessayez dans quelques secondes.");
        }
        notifications.attachJob(runId, execution);
    }

    private static Properties parameters(long runId) {
        Properties parameters = new Properties();
        parameters.setProperty(RUN_ID, Long.toString(runId));
        return parameters;
    }
}

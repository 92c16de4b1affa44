package org.scolarite.batch.notification;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.scolarite.notification.boundary.AccountNotifications;

/**
 * Notifies one division in the chunk's transaction: the division's accounts, its e-mails in the outbox and the run's
 * progress are committed together, or not at all (R-MAIL-1, R-JOB-2).
 */
@Named("massNotificationWriter")
@Dependent
public class DivisionWriter extends AbstractItemWriter {

    @Inject
    @BatchProperty
    private String runId;

    @Inject
    private AccountNotifications notifications;

    @Inject
    private JobContext job;

    @Override
    public void writeItems(List<Object> divisions) {
        for (Object division : divisions) {
            try {
                notifications.notifyDivision(Long.parseLong(runId), (Long) division);
            } catch (RuntimeException e) {
                // The job listener records it on the run: the console shows why the job stopped.
                job.setTransientUserData(RunOutcomeListener.describe(e));
                throw e;
            }
        }
    }
}

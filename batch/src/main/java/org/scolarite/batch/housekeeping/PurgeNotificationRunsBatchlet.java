package org.scolarite.batch.housekeeping;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.scolarite.notification.boundary.NotificationRuns;

/**
 * R-JOB-1, R-SEC-1: forgets the notification runs whose letters can no longer be downloaded, so that the list of
 * accounts to print does not outlive its purge window; the count becomes the step's exit status.
 */
@Named
@Dependent
public class PurgeNotificationRunsBatchlet extends AbstractBatchlet {

    @Inject
    private NotificationRuns runs;

    @Inject
    private StepContext step;

    @Override
    public String process() {
        step.setExitStatus("PURGED=" + runs.purgeExpired());
        return "COMPLETED";
    }
}

package org.scolarite.batch.housekeeping;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.scolarite.notification.boundary.NotificationRuns;

/**
 * R-JOB-1, R-SEC-1: forgets the notification runs whose letters can no longer be downloaded, so that the list of
 * accounts to print does not outlive its purge window.
 */
@Named
@Dependent
public class PurgeNotificationRunsBatchlet extends CountingBatchlet {

    @Inject
    private NotificationRuns runs;

    @Override
    int work() {
        return runs.purgeExpired();
    }

    @Override
    String counted() {
        return "PURGED";
    }

    @Override
    String description() {
        return "envoi(s) de notifications expiré(s) oublié(s) (R-SEC-1)";
    }
}

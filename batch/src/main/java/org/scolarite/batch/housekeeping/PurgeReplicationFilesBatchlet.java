package org.scolarite.batch.housekeeping;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Duration;
import org.scolarite.replication.boundary.ReplicationInbox;

/**
 * R-JOB-1: deletes the export files of the replication runs ended more than 30 days ago; they hold pupils' and
 * guardians' personal data, kept only as long as a run may need to be examined or restarted.
 */
@Named
@Dependent
public class PurgeReplicationFilesBatchlet extends CountingBatchlet {

    static final Duration KEPT = Duration.ofDays(30);

    @Inject
    private ReplicationInbox inbox;

    @Override
    int work() {
        return inbox.purgeRunFiles(KEPT);
    }

    @Override
    String counted() {
        return "PURGED_RUNS";
    }

    @Override
    String description() {
        return "exécution(s) de réplication de plus de 30 jours dont les fichiers sont effacés";
    }
}

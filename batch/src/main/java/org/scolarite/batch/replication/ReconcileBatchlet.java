package org.scolarite.batch.replication;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.scolarite.replication.boundary.ReplicationEngine;

/** After all its files were read: the establishment's departures and conclusions; it becomes DONE or FAILED. */
@Named("replicationReconcile")
@Dependent
public class ReconcileBatchlet extends AbstractBatchlet {

    @Inject
    @BatchProperty
    private String runId;

    @Inject
    @BatchProperty
    private String establishmentId;

    @Inject
    private ReplicationEngine engine;

    @Override
    public String process() {
        if (establishmentId == null || establishmentId.isBlank()) {
            return "NOTHING";
        }
        engine.reconcile(Long.parseLong(runId), Long.parseLong(establishmentId));
        return "RECONCILED";
    }
}

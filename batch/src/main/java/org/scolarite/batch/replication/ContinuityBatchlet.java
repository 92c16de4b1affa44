package org.scolarite.batch.replication;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.logging.Logger;
import org.scolarite.replication.boundary.ReplicationEngine;

/**
 * R-ACC-7: once every establishment is replicated, continuity of access over the whole run (it spans
 * establishments): a pupil who moved keeps his accounts before the pre-creation would give him new ones.
 */
@Named("replicationContinuity")
@Dependent
public class ContinuityBatchlet extends AbstractBatchlet {

    private static final Logger LOG = Logger.getLogger(ContinuityBatchlet.class.getName());

    @Inject
    @BatchProperty
    private String runId;

    @Inject
    private ReplicationEngine engine;

    @Override
    public String process() {
        int moved = engine.continueAccesses(Long.parseLong(runId));
        LOG.info(() -> "Réplication " + runId + " : " + moved + " comptes ont suivi leur élève");
        return "APPLIED";
    }
}

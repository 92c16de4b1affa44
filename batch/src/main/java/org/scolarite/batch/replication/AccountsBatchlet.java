package org.scolarite.batch.replication;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.logging.Logger;
import org.scolarite.replication.boundary.ReplicationEngine;

/**
 * R-ACC-1, R-ACC-7: once every establishment is replicated, the run's effects on accounts (continuity first, so that
 * a pupil who moved keeps his accounts, then pre-creation). One thread: continuity spans establishments.
 */
@Named("replicationAccounts")
@Dependent
public class AccountsBatchlet extends AbstractBatchlet {

    private static final Logger LOG = Logger.getLogger(AccountsBatchlet.class.getName());

    @Inject
    @BatchProperty
    private String runId;

    @Inject
    private ReplicationEngine engine;

    @Override
    public String process() {
        int touched = engine.applyToAccounts(Long.parseLong(runId));
        LOG.info(() -> "Réplication " + runId + " : " + touched + " comptes créés ou transférés");
        return "APPLIED";
    }
}

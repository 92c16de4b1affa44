package org.scolarite.batch.replication;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.logging.Logger;
import org.scolarite.replication.boundary.ReplicationEngine;
import org.scolarite.replication.control.AccountEffects;

/**
 * R-ACC-1: once continuity is applied, one partition's share of the pre-creation of the run's missing accounts: the
 * identifier bases of its slice (homonyms together), so that the partitions never compete for an identifier.
 */
@Named("replicationAccounts")
@Dependent
public class AccountsBatchlet extends AbstractBatchlet {

    private static final Logger LOG = Logger.getLogger(AccountsBatchlet.class.getName());

    @Inject
    @BatchProperty
    private String runId;

    @Inject
    @BatchProperty
    private String slice;

    @Inject
    @BatchProperty
    private String slices;

    @Inject
    private ReplicationEngine engine;

    @Override
    public String process() {
        AccountEffects.Slice share = new AccountEffects.Slice(Integer.parseInt(slice), Integer.parseInt(slices));
        int created = engine.preCreateAccounts(Long.parseLong(runId), share);
        LOG.info(() -> "Réplication " + runId + ", tranche " + slice + "/" + slices + " : " + created
                + " comptes pré-créés");
        return "APPLIED";
    }
}

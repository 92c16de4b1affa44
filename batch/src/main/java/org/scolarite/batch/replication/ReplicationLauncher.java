package org.scolarite.batch.replication;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import org.scolarite.replication.entity.RunTrigger;

/**
 * Starts and restarts replication runs (the job lives in this module: Jakarta Batch finds job XML through the batch
 * module's class loader). Not transactional: a run is committed before its job, which runs in other threads, reads it.
 *
 * <p>SKELETON of the B1 contract: the batch helper implements it; the console, the API and the scheduler call it.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ReplicationLauncher {

    /**
     * A run of one establishment (its head or delegate, or an académie administrator), reading what waits in its drop
     * zone. Throws ReplicationAlreadyRunning when a run covering it is running. Returns the run id.
     */
    public long startEstablishment(String actor, long establishmentId, RunTrigger trigger) {
        throw new UnsupportedOperationException("B1");
    }

    /**
     * A run of every establishment of the actor's académie that has exports waiting (académie administrator only),
     * partitioned over the batch threads. Returns the run id.
     */
    public long startAcademy(String actor, RunTrigger trigger) {
        throw new UnsupportedOperationException("B1");
    }

    /** Restarts a FAILED run (crash, stop): establishments done are not replicated again; the others resume. */
    public void restart(String actor, long runId) {
        throw new UnsupportedOperationException("B1");
    }
}

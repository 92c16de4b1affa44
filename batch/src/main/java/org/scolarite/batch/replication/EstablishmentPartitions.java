package org.scolarite.batch.replication;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.partition.PartitionMapper;
import jakarta.batch.api.partition.PartitionPlan;
import jakarta.batch.api.partition.PartitionPlanImpl;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Properties;
import org.scolarite.replication.boundary.ReplicationEngine;

/**
 * One partition per establishment of the run still to replicate, on as many threads as configured. {@code override}
 * says whether a restart plans afresh: the idempotent {@code reconcile} step replans from what is still to do; the
 * {@code feeds} step keeps its partitions, whose checkpoints say where each establishment stopped — the batch runtime
 * then reuses the first plan's number of partitions with the properties the mapper gives again, so the list must not
 * change between attempts. Hence {@code pin}: the feeds step pins every establishment's exports before planning, so
 * that an establishment with no file is already NO_FILE (out of the list) in the first plan, instead of dropping out of
 * it after its partition ran; nothing else changes an establishment's status before the reconcile step.
 */
@Named("replicationPartitions")
@Dependent
public class EstablishmentPartitions implements PartitionMapper {

    @Inject
    @BatchProperty
    private String runId;

    @Inject
    @BatchProperty
    private String threads;

    @Inject
    @BatchProperty
    private String override;

    @Inject
    @BatchProperty
    private String pin;

    @Inject
    private ReplicationEngine engine;

    @Override
    public PartitionPlan mapPartitions() {
        long run = Long.parseLong(runId);
        if (Boolean.parseBoolean(pin)) {
            // Idempotent: a restart finds the files pinned by the first attempt.
            for (long establishment : engine.establishmentsToReplicate(run)) {
                engine.pin(run, establishment);
            }
        }
        return plan(engine.establishmentsToReplicate(run), Integer.parseInt(threads), Boolean.parseBoolean(override));
    }

    /**
     * The plan; a run with nothing left to replicate still gets one (empty) partition, since a partitioned step
     * cannot have none.
     */
    static PartitionPlan plan(List<Long> establishments, int threads, boolean override) {
        int partitions = Math.max(1, establishments.size());
        Properties[] properties = new Properties[partitions];
        for (int i = 0; i < partitions; i++) {
            properties[i] = new Properties();
            properties[i].setProperty("establishmentId",
                    i < establishments.size() ? Long.toString(establishments.get(i)) : "");
        }
        PartitionPlanImpl plan = new PartitionPlanImpl();
        plan.setPartitions(partitions);
        plan.setThreads(Math.max(1, Math.min(threads, partitions)));
        plan.setPartitionProperties(properties);
        plan.setPartitionsOverride(override);
        return plan;
    }
}

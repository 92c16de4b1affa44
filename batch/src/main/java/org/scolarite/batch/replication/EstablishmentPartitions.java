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
 * One partition per establishment of the run still to replicate, on as many threads as configured (the machine's
 * cores by default in the job XML). {@code override} says whether a restart plans afresh: the {@code feeds} step
 * keeps its partitions (their checkpoints say where each establishment stopped), the idempotent {@code reconcile}
 * step replans from what is still to do.
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
    private ReplicationEngine engine;

    @Override
    public PartitionPlan mapPartitions() {
        List<Long> establishments = engine.establishmentsToReplicate(Long.parseLong(runId));
        return plan(establishments, Integer.parseInt(threads), Boolean.parseBoolean(override));
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

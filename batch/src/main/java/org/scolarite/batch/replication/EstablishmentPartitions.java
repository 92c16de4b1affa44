package org.scolarite.batch.replication;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.partition.PartitionMapper;
import jakarta.batch.api.partition.PartitionPlan;
import jakarta.batch.api.partition.PartitionPlanImpl;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.scolarite.replication.boundary.ReplicationEngine;
import org.scolarite.replication.boundary.ReplicationEngine.PinnedFile;

/**
 * One partition per establishment of the run still to replicate, largest first, on as many threads as configured.
 * With {@code pin}, the establishments' exports are pinned before planning, so that an establishment with no file is
 * already NO_FILE (out of the plan) instead of getting a partition with nothing to read. A resumed run is a new
 * execution of the job (see {@code ReplicationLauncher.restart}): it plans afresh from the establishments not yet DONE
 * or FAILED.
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
    private String pin;

    @Inject
    private ReplicationEngine engine;

    @Override
    public PartitionPlan mapPartitions() {
        long run = Long.parseLong(runId);
        Map<Long, Long> bytes = new HashMap<>();
        if (Boolean.parseBoolean(pin)) {
            // Idempotent: a resumed run finds the files pinned by the first execution.
            for (long establishment : engine.establishmentsToReplicate(run)) {
                bytes.put(establishment,
                        engine.pin(run, establishment).stream().mapToLong(EstablishmentPartitions::size).sum());
            }
        }
        return plan(largestFirst(engine.establishmentsToReplicate(run), bytes), Integer.parseInt(threads));
    }

    /**
     * The establishments with the most to read first (the partitions start in the plan's order): the small ones then
     * fill the threads at the end, instead of a lycée started last keeping one thread busy alone. Stable otherwise.
     */
    static List<Long> largestFirst(List<Long> establishments, Map<Long, Long> bytes) {
        return establishments.stream()
                .sorted(Comparator.comparingLong((Long id) -> bytes.getOrDefault(id, 0L)).reversed()).toList();
    }

    private static long size(PinnedFile file) {
        try {
            return Files.size(Path.of(file.path()));
        } catch (IOException e) {
            return 0; // the reader reports it
        }
    }

    /**
     * The plan; a run with nothing left to replicate still gets one (empty) partition, since a partitioned step
     * cannot have none.
     */
    static PartitionPlan plan(List<Long> establishments, int threads) {
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
        return plan;
    }
}

package org.scolarite.batch.replication;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.partition.PartitionMapper;
import jakarta.batch.api.partition.PartitionPlan;
import jakarta.batch.api.partition.PartitionPlanImpl;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Properties;

/** The pre-creation of accounts in as many slices of identifier bases as threads, one partition each. */
@Named("replicationAccountSlices")
@Dependent
public class AccountSlices implements PartitionMapper {

    @Inject
    @BatchProperty
    private String threads;

    @Override
    public PartitionPlan mapPartitions() {
        return plan(Integer.parseInt(threads));
    }

    static PartitionPlan plan(int threads) {
        int slices = Math.max(1, threads);
        Properties[] properties = new Properties[slices];
        for (int i = 0; i < slices; i++) {
            properties[i] = new Properties();
            properties[i].setProperty("slice", Integer.toString(i));
            properties[i].setProperty("slices", Integer.toString(slices));
        }
        PartitionPlanImpl plan = new PartitionPlanImpl();
        plan.setPartitions(slices);
        plan.setThreads(slices);
        plan.setPartitionProperties(properties);
        return plan;
    }
}

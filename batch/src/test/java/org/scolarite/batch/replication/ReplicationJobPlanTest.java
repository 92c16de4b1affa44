package org.scolarite.batch.replication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.batch.api.partition.PartitionPlan;
import jakarta.batch.runtime.BatchStatus;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.scolarite.replication.entity.RunStatus;

/** The job's small decisions: partition plan, outcome of the run, nightly time. */
class ReplicationJobPlanTest {

    @Test
    @DisplayName("R-REPL-1: one partition per establishment, no more threads than partitions nor than configured")
    void one_partition_per_establishment() {
        PartitionPlan plan = EstablishmentPartitions.plan(List.of(11L, 12L, 13L), 2);

        assertThat(plan.getPartitions()).isEqualTo(3);
        assertThat(plan.getThreads()).isEqualTo(2);
        assertThat(Arrays.stream(plan.getPartitionProperties()).map(p -> p.getProperty("establishmentId")))
                .containsExactly("11", "12", "13");
        assertThat(EstablishmentPartitions.plan(List.of(11L), 4).getThreads()).isEqualTo(1);
    }

    @Test
    @DisplayName("R-REPL-1: the establishments with the most to read start first; equal sizes keep their order")
    void largest_first() {
        assertThat(EstablishmentPartitions.largestFirst(List.of(11L, 12L, 13L, 14L),
                Map.of(11L, 10L, 12L, 500L, 13L, 10L, 14L, 80L))).containsExactly(12L, 14L, 11L, 13L);
    }

    @Test
    @DisplayName("R-REPL-1: a run with nothing left to replicate still has a (empty) partition")
    void nothing_to_replicate_gives_one_empty_partition() {
        PartitionPlan plan = EstablishmentPartitions.plan(List.of(), 2);

        assertThat(plan.getPartitions()).isEqualTo(1);
        assertThat(plan.getPartitionProperties()[0].getProperty("establishmentId")).isEmpty();
    }

    @Test
    @DisplayName("R-ACC-1: the pre-creation of accounts in one slice of identifier bases per thread")
    void one_account_slice_per_thread() {
        PartitionPlan plan = AccountSlices.plan(3);

        assertThat(plan.getPartitions()).isEqualTo(3);
        assertThat(plan.getThreads()).isEqualTo(3);
        assertThat(Arrays.stream(plan.getPartitionProperties()).map(p -> p.getProperty("slice") + "/"
                + p.getProperty("slices"))).containsExactly("0/3", "1/3", "2/3");
        assertThat(AccountSlices.plan(0).getPartitions()).isEqualTo(1);
    }

    @Test
    @DisplayName("R-REPL-2: a failed or stopped job leaves the run FAILED (restartable); otherwise the run completes")
    void job_outcome_to_run_status() {
        assertThat(ReplicationJobListener.outcome(BatchStatus.STARTED)).isEqualTo(RunStatus.COMPLETED);
        assertThat(ReplicationJobListener.outcome(BatchStatus.COMPLETED)).isEqualTo(RunStatus.COMPLETED);
        assertThat(ReplicationJobListener.outcome(BatchStatus.FAILED)).isEqualTo(RunStatus.FAILED);
        assertThat(ReplicationJobListener.outcome(BatchStatus.STOPPING)).isEqualTo(RunStatus.FAILED);
        assertThat(ReplicationJobListener.outcome(BatchStatus.STOPPED)).isEqualTo(RunStatus.FAILED);
    }

    @Test
    @DisplayName("R-REPL-1: the nightly time is read as HH:mm in school time; anything else names the variable")
    void nightly_time() {
        NightlyTime time = NightlyTime.parse(" 1:30 ");

        assertThat(time.time()).isEqualTo(LocalTime.of(1, 30));
        assertThat(time.schedule().getHour()).isEqualTo("1");
        assertThat(time.schedule().getMinute()).isEqualTo("30");
        assertThat(time.schedule().getTimezone()).isEqualTo("Europe/Paris");
        assertThatThrownBy(() -> NightlyTime.parse("1h30"))
                .hasMessageContaining("TELESERVICES_REPLICATION_NIGHTLY_TIME");
    }

    @Test
    @DisplayName("R-REPL-2: an exception of the contract is found inside the EJB container's wrapping")
    void failures_are_found_in_the_chain() {
        RunNotRestartable cause = new RunNotRestartable("non");
        RuntimeException wrapped = new jakarta.ejb.EJBException(new IllegalStateException(cause));

        assertThat(Failures.find(wrapped, RunNotRestartable.class)).isSameAs(cause);
        assertThat(Failures.find(wrapped, IllegalArgumentException.class)).isNull();
    }
}

package org.scolarite.replication.boundary;

import java.time.Duration;
import java.time.LocalDateTime;
import org.scolarite.replication.entity.RunStatus;
import org.scolarite.replication.entity.RunTrigger;

/**
 * A replication run as the console and the API list it: who or what started it, its status and progress
 * (establishments done out of those planned), its duration, and the totals over every establishment and feed.
 */
public record RunSummary(long id, RunTrigger trigger, RunStatus status, String startedBy, LocalDateTime startedAt,
                         LocalDateTime endedAt, int establishments, int establishmentsDone,
                         int establishmentsFailed, long read, long created, long updated, long unchanged,
                         long departed, long rejected) {

    public boolean running() {
        return status == RunStatus.RUNNING;
    }

    /** Until now while running. */
    public Duration duration(LocalDateTime now) {
        return Duration.between(startedAt, endedAt != null ? endedAt : now);
    }

    public int progressPercent() {
        return establishments == 0 ? 100 : establishmentsDone * 100 / establishments;
    }
}

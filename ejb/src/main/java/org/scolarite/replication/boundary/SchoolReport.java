package org.scolarite.replication.boundary;

import java.time.LocalDateTime;
import java.util.List;
import org.scolarite.replication.entity.SchoolRunStatus;

/** One establishment's part of a run: its status, when it started and ended, and its feeds' counts. */
public record SchoolReport(long establishmentId, String uai, String name, SchoolRunStatus status,
                           LocalDateTime startedAt, LocalDateTime endedAt, List<FeedCount> feeds) {
}

package org.scolarite.replication.boundary;

import org.scolarite.replication.entity.SourceLocation;

/**
 * One line of a run's rejection report: the establishment, the feed, where in which file, why, and whether the record
 * was still replicated (an anomaly) or left out (a rejection).
 */
public record RejectionLine(String uai, String feed, SourceLocation location, String reason, boolean recordKept) {
}

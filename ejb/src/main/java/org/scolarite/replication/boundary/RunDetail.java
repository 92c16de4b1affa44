package org.scolarite.replication.boundary;

import java.util.List;

/** A run with the establishments the reader may see (all for the académie, his own for a school's head). */
public record RunDetail(RunSummary summary, List<SchoolReport> schools) {
}

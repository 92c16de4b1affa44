package org.scolarite.replication.boundary;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.scolarite.replication.entity.ExportKind;

/** An export waiting in an establishment's drop zone for the next run, as its header describes it. */
public record DepositedFile(String name, ExportKind kind, String uai, int schoolYear, LocalDate exportDate,
                            long size, LocalDateTime depositedAt) {
}

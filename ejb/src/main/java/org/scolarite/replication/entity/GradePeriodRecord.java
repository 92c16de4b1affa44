package org.scolarite.replication.entity;

import java.time.LocalDate;

/** {@code Notes.xml PERIODES/PERIODE}: a grading period of a division (« T1 », « S2 ») with its dates. */
public record GradePeriodRecord(SourceLocation location, String divisionCode, String code, String label,
                                LocalDate startsOn, LocalDate endsOn) implements SourceItem {
}

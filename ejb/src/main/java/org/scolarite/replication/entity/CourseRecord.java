package org.scolarite.replication.entity;

import java.time.LocalDate;

/**
 * {@code EmploiDuTemps.xml COURS_HEBDOMADAIRES/COURS}: a weekly course of a division ({@code divisionCode}) or a group
 * ({@code groupCode}), its subject (code and label as the timetabling software gives it), teachers' names joined
 * with « , », room, ISO day (1 Monday … 7 Sunday), times in minutes from midnight, alternation (H, A, B) and validity.
 */
public record CourseRecord(SourceLocation location, String sourceId, String divisionCode, String groupCode,
                           String subjectCode, String subjectLabel, String teachers, String room, int day, int start,
                           int end, String alternation, LocalDate validFrom, LocalDate validTo) implements SourceItem {
}

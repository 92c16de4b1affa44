package org.scolarite.replication.entity;

import java.time.LocalDate;

/**
 * {@code EmploiDuTemps.xml MODIFICATIONS/MODIFICATION}: {@code kind} CANCELLED, MOVED or ADDED (the file's
 * ANNULATION, DEPLACEMENT, AJOUT). A cancellation or a move names its course ({@code courseId}, {@code courseDate});
 * a move gives its new date, times or room (each null when unchanged); an added session gives its division or group,
 * subject, teachers, date, times and room. Times in minutes from midnight.
 */
public record CourseChangeRecord(SourceLocation location, String sourceId, String kind, String courseId,
                                 LocalDate courseDate, String divisionCode, String groupCode, String subjectCode,
                                 String subjectLabel, String teachers, LocalDate sessionDate, Integer start,
                                 Integer end, String room, String note) implements SourceItem {
}

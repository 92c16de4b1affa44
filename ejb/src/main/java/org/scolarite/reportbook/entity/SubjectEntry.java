package org.scolarite.reportbook.entity;

/** A subject of a periodic report: its teacher, positioning (null when none), programme worked and appreciation. */
public record SubjectEntry(String subjectLabel, String teacher, Positioning positioning, String programme,
                           String appreciation) {
}

package org.scolarite.timetable.entity;

/** A dated change to the timetable, as timetabling software exports it (« modifications ponctuelles »). */
public enum ChangeKind {
    /** The course does not take place on that date. */
    CANCELLED,
    /** The course of that date takes place at another date, time or in another room. */
    MOVED,
    /** A session that is not in the weekly timetable (a make-up class, a test). */
    ADDED
}

package org.scolarite.timetable.entity;

/** How a session of the week is shown: changes must be seen at a glance (R-EDT-2). */
public enum SessionStatus {
    REGULAR,
    /** Struck through: the course does not take place. */
    CANCELLED,
    /** Struck through in its usual place, with where it went. */
    MOVED_AWAY,
    /** The moved course in its new place. */
    MOVED_IN,
    /** In its usual place, new room shown beside the usual one. */
    ROOM_CHANGED,
    ADDED;

    /** Whether the pupil has to be there (a cancelled or moved-away slot stays visible but is free). */
    public boolean takesPlace() {
        return this != CANCELLED && this != MOVED_AWAY;
    }
}

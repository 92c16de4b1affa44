package org.scolarite.catalog.entity;

/** Whether the school may switch a service, and if not, why (the reason is shown beside the switch, R-SVC-3). */
public enum Availability {
    /** May be opened or closed. */
    SWITCHABLE,
    /** Mandatory: always open, the switch is locked. */
    MANDATORY,
    /** The school does not use SIECLE Notes. */
    MISSING_GRADES_MODULE,
    /** The school does not use SIECLE Vie scolaire. */
    MISSING_SCHOOL_LIFE_MODULE,
    /** Experimental academic service and the school is not on the académie's list. */
    NOT_A_PILOT;

    public boolean canSwitch() {
        return this == SWITCHABLE;
    }

    static Availability missing(PrerequisiteModule module) {
        return switch (module) {
            case GRADES -> MISSING_GRADES_MODULE;
            case SCHOOL_LIFE -> MISSING_SCHOOL_LIFE_MODULE;
        };
    }
}

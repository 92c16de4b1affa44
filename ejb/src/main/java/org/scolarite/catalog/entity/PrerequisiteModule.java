package org.scolarite.catalog.entity;

/** A module of the school administration system a service feeds on (R-SVC-3). */
public enum PrerequisiteModule {
    /** SIECLE Notes. */
    GRADES,
    /** SIECLE Vie scolaire. */
    SCHOOL_LIFE
}

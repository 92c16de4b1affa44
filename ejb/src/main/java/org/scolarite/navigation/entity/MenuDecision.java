package org.scolarite.navigation.entity;

/** What the menu policy decides for one service of the child's establishment (R-PORTAL-5, R-ACC-9). */
public enum MenuDecision {
    /** In the menu. */
    SHOWN,
    /** Not open today in the child's establishment (closed, opened from tomorrow, piloted by another school…). */
    CLOSED,
    /** Open, but not for this kind of account (enrolment and the information sheet are for guardians…). */
    NOT_FOR_USER_TYPE,
    /** A national tracking service of a pupil whose access the school removed (R-ACC-9). */
    ACCESS_REMOVED
}

package org.scolarite.grades.entity;

/** How an establishment publishes its grades (R-NOTES-1). */
public enum PublicationMode {

    /** « Au fil de l'eau »: a grade is visible the day after it was entered, in the whole establishment; default. */
    CONTINUOUS,

    /** « À échéance »: a grade waits for a deadline of its (MEF, division) that its publication date does not pass. */
    DEADLINES
}

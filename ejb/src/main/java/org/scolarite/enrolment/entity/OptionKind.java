package org.scolarite.enrolment.entity;

/** The three sorts of pedagogical wishes a lycée offers per MEF (R-INSC-1). */
public enum OptionKind {
    /** Langue vivante B: exactly one, when the MEF offers any. */
    LVB,
    /** Langue vivante C: at most one. */
    LVC,
    /** Enseignement optionnel: between the MEF's minimum and maximum. */
    OPTIONAL
}

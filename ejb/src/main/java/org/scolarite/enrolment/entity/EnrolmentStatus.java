package org.scolarite.enrolment.entity;

/**
 * Where a family's enrolment stands (R-INSC-1). No row at all is « Non commencée »; STARTED: the family said
 * « J'inscris mon enfant » and is filling in the next steps; DECLINED: « Je n'inscris pas mon enfant » (the collège
 * was told); CONFIRMED: the summary was confirmed and the receipt is available.
 */
public enum EnrolmentStatus {
    STARTED,
    DECLINED,
    CONFIRMED
}

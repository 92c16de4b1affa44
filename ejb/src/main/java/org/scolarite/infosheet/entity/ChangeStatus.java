package org.scolarite.infosheet.entity;

/** Where a change request stands: waiting for the school, or decided (R-FICHE-1). */
public enum ChangeStatus {
    PENDING, ACCEPTED, REFUSED
}

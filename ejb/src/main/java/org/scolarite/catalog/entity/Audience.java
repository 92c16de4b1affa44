package org.scolarite.catalog.entity;

/** Who sees a service on the portal (R-SVC-2, R-PORTAL-5). */
public enum Audience {
    STUDENT, GUARDIAN, BOTH;

    public boolean includesStudents() {
        return this != GUARDIAN;
    }

    public boolean includesGuardians() {
        return this != STUDENT;
    }
}

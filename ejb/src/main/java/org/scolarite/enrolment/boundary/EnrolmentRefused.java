package org.scolarite.enrolment.boundary;

import org.scolarite.staff.boundary.AccessDeniedException;

/** A request no form of the portal sends (an option the MEF does not offer, no assignment): refused, already logged. */
public class EnrolmentRefused extends AccessDeniedException {

    private static final long serialVersionUID = 1L;

    public EnrolmentRefused(String message) {
        super(message);
    }
}

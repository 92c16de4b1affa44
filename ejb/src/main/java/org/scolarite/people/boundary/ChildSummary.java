package org.scolarite.people.boundary;

/** A pupil as the portal lists him for the account that opens him. */
public record ChildSummary(long studentId, String firstName, String lastName, String division,
                           String establishmentName) {
}

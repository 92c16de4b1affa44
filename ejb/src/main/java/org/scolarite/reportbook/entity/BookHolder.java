package org.scolarite.reportbook.entity;

/** Whose book a printed copy is, as the portal shows the child: name, class and establishment. */
public record BookHolder(String pupil, String division, String establishment) {
}

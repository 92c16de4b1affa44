package org.scolarite.grades.boundary;

import org.scolarite.grades.entity.ClassCouple;

/** A (MEF, division) couple of the establishment with what the console shows of it. */
public record ClassCoupleRow(ClassCouple couple, String mefLabel, String divisionCode) {
}

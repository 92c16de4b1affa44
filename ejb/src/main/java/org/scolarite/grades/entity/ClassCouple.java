package org.scolarite.grades.entity;

/** A (MEF, division) couple of the establishment, by ids: what deadlines are set for (R-NOTES-1, R-NOTES-2). */
public record ClassCouple(long mefId, long divisionId) {
}

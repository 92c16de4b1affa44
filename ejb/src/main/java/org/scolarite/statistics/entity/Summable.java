package org.scolarite.statistics.entity;

/** Figures that add up line by line into a « Somme » row. */
public interface Summable<F> {

    F plus(F other);
}

package org.scolarite.statistics.entity;

import java.io.Serializable;

/** Figures that add up line by line into a « Somme » row; serializable, as the console's view-scoped pages keep them. */
public interface Summable<F> extends Serializable {

    F plus(F other);
}

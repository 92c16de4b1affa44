package org.scolarite.statistics.entity;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * The table of one MEF (« 3EME : ») in a synthesis, a line per division then the « Somme : » row, the sum of the
 * lines (R-STAT-1, R-STAT-2). {@code mef} is null for pupils without a MEF.
 */
public record MefTable<F extends Summable<F>>(String mef, List<DivisionLine<F>> lines, F zero)
        implements Serializable {

    public MefTable {
        lines = List.copyOf(lines);
        Objects.requireNonNull(zero);
    }

    /** « Somme : » the lines added up. */
    public F sum() {
        F sum = zero;
        for (DivisionLine<F> line : lines) {
            sum = sum.plus(line.figures());
        }
        return sum;
    }
}

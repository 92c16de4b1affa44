package org.scolarite.grades.entity;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;

/**
 * Class average, lowest and highest grade of one assessment (R-NOTES-3), over the visible numeric grades only: a
 * hidden grade of another couple never shows through an average. Empty (all null) when no visible value exists.
 */
public record ClassFigures(BigDecimal average, BigDecimal lowest, BigDecimal highest) {

    static final ClassFigures NONE = new ClassFigures(null, null, null);

    /** Combines the figures of the given (visible) couples; the average is rounded half-up to two decimals. */
    public static ClassFigures of(Collection<CoupleFigures> visible) {
        BigDecimal sum = BigDecimal.ZERO;
        int count = 0;
        BigDecimal lowest = null;
        BigDecimal highest = null;
        for (CoupleFigures figures : visible) {
            if (figures.count() == 0) {
                continue;
            }
            sum = sum.add(figures.sum());
            count += figures.count();
            lowest = lowest == null || figures.lowest().compareTo(lowest) < 0 ? figures.lowest() : lowest;
            highest = highest == null || figures.highest().compareTo(highest) > 0 ? figures.highest() : highest;
        }
        if (count == 0) {
            return NONE;
        }
        return new ClassFigures(sum.divide(BigDecimal.valueOf(count), 2, RoundingMode.HALF_UP), lowest, highest);
    }

    public boolean isEmpty() {
        return average == null;
    }
}

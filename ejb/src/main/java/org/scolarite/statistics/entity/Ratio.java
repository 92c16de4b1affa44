package org.scolarite.statistics.entity;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A share shown as a percentage in the syntheses (R-STAT-1, R-STAT-2): « % d'élèves avec comptes utilisés » is
 * {@code used / students * 100}. Two decimals, half up, as the guides print them (« 1.59 % »); an empty division
 * reads 0 %, never a division by zero.
 */
public record Ratio(long part, long whole) implements Serializable {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public Ratio {
        if (part < 0 || whole < 0) {
            throw new IllegalArgumentException("counts are never negative: " + part + "/" + whole);
        }
    }

    /** The percentage, 0 to 100 with two decimals (« 33.33 »). */
    public BigDecimal percent() {
        if (whole == 0) {
            return BigDecimal.ZERO.setScale(2);
        }
        return BigDecimal.valueOf(part).multiply(HUNDRED).divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP);
    }

    /** The same share as a fraction (0.3333…), what a spreadsheet's percentage format expects. */
    public double fraction() {
        return whole == 0 ? 0 : (double) part / whole;
    }
}

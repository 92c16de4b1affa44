package org.scolarite.grades.entity;

import java.math.BigDecimal;

/** Grades and coefficients as French readers write them: « 12,5 », « 2 », « 13,75 ». */
public final class FrenchDecimal {

    private FrenchDecimal() {
    }

    public static String format(BigDecimal value) {
        if (value == null) {
            return "";
        }
        BigDecimal stripped = value.stripTrailingZeros();
        if (stripped.scale() < 0) {
            stripped = stripped.setScale(0);
        }
        return stripped.toPlainString().replace('.', ',');
    }
}

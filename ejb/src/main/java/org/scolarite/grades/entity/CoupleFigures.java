package org.scolarite.grades.entity;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The numeric grades of one assessment given to the pupils of one (MEF, division) couple, summed up: what the class
 * figures are made of. Statuses (ABS, N.NOT, DIS) do not count. Kept per couple because each couple has its own
 * publication deadlines (R-NOTES-1): only the couples whose grades are visible may enter the figures.
 */
public record CoupleFigures(ClassCouple couple, BigDecimal sum, int count, BigDecimal lowest, BigDecimal highest) {

    public CoupleFigures {
        Objects.requireNonNull(couple, "couple");
        if (count < 0 || (count > 0 && (sum == null || lowest == null || highest == null))) {
            throw new IllegalArgumentException("Chiffres incohérents pour " + couple);
        }
    }
}

package org.scolarite.reportbook.entity;

import java.util.Arrays;
import java.util.Optional;

/**
 * The four levels of the books' scale, from 1 to 4 as the feeds carry them: the level reached in a component of the
 * socle at the end of a cycle (R-LSU-1) and in a competence of a discipline of the LSL (R-LSL-1).
 */
public enum MasteryLevel {
    INSUFFICIENT(1, "Maîtrise insuffisante", "Insuffisante"),
    FRAGILE(2, "Maîtrise fragile", "Fragile"),
    SATISFACTORY(3, "Maîtrise satisfaisante", "Satisfaisante"),
    VERY_GOOD(4, "Très bonne maîtrise", "Très bonne");

    private final int value;
    private final String label;
    private final String shortLabel;

    MasteryLevel(int value, String label, String shortLabel) {
        this.value = value;
        this.label = label;
        this.shortLabel = shortLabel;
    }

    /** « Fragile », for a column headed « Maîtrise ». */
    public String shortLabel() {
        return shortLabel;
    }

    public int value() {
        return value;
    }

    public String label() {
        return label;
    }

    /** Empty for anything but 1 to 4: a feed record with another level is rejected. */
    public static Optional<MasteryLevel> of(int value) {
        return Arrays.stream(values()).filter(level -> level.value == value).findFirst();
    }
}

package org.scolarite.reportbook.entity;

import java.util.Arrays;
import java.util.Optional;

/**
 * The years the LSL holds (R-LSL-1: « Enseignements » per school year from Première): a year of Seconde, or of any
 * other level, is not a year of the book and the feed rejects it.
 */
public enum LslLevel {
    PREMIERE("Première"),
    TERMINALE("Terminale");

    private final String label;

    LslLevel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<LslLevel> ofCode(String code) {
        return Arrays.stream(values()).filter(l -> l.name().equals(code)).findFirst();
    }
}

package org.scolarite.reportbook.entity;

import java.util.Arrays;
import java.util.Optional;

/**
 * Where a pupil stands against the learning objectives of a subject in a periodic report of the LSU (R-LSU-1), on
 * the four-step scale of the « bilan périodique » (1 to 4 in the feed). A subject may have an appreciation without a
 * positioning (then null).
 */
public enum Positioning {
    NOT_REACHED(1, "Non atteints"),
    PARTLY_REACHED(2, "Partiellement atteints"),
    REACHED(3, "Atteints"),
    EXCEEDED(4, "Dépassés");

    private final int value;
    private final String label;

    Positioning(int value, String label) {
        this.value = value;
        this.label = label;
    }

    public int value() {
        return value;
    }

    /** « Atteints », under the heading « Objectifs d’apprentissage ». */
    public String label() {
        return label;
    }

    /** « Objectifs d’apprentissage atteints ». */
    public String fullLabel() {
        return "Objectifs d’apprentissage " + label.toLowerCase(java.util.Locale.FRENCH);
    }

    public static Optional<Positioning> of(int value) {
        return Arrays.stream(values()).filter(p -> p.value == value).findFirst();
    }
}

package org.scolarite.structure.entity;

import java.io.Serializable;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * UAI (ex-RNE): the national identifier of an establishment, seven digits and a control letter ({@code 0140070A}).
 * The letter is checked: a mistyped UAI in a drop zone or an export header must not silently match nothing.
 */
public final class Uai implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Pattern FORMAT = Pattern.compile("\\d{7}[A-Z]");
    /** The control letter alphabet: 23 letters, I, O and Q excluded. */
    private static final String CONTROL_LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ";

    private final String value;

    private Uai(String value) {
        this.value = value;
    }

    public static Uai of(String raw) {
        String value = Objects.requireNonNull(raw, "UAI").trim().toUpperCase(Locale.ROOT);
        if (!FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("UAI invalide (7 chiffres et une lettre attendus) : " + raw);
        }
        char expected = CONTROL_LETTERS.charAt(Integer.parseInt(value.substring(0, 7)) % 23);
        if (value.charAt(7) != expected) {
            throw new IllegalArgumentException("UAI invalide (lettre de contrôle) : " + raw);
        }
        return new Uai(value);
    }

    /** Builds a valid UAI from its seven digits, computing the control letter (demo data, tests). */
    public static Uai fromDigits(int digits) {
        String number = String.format(Locale.ROOT, "%07d", digits);
        return new Uai(number + CONTROL_LETTERS.charAt(digits % 23));
    }

    public String value() {
        return value;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Uai other && other.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return value;
    }
}

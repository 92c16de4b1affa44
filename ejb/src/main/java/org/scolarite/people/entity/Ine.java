package org.scolarite.people.entity;

import java.io.Serializable;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * INE (identifiant national élève): 11 characters, the pupil's national identifier. It follows the pupil from one
 * establishment to another, which is how a transfer inside the académie is recognised (R-ACC-7).
 * Only the shape is checked: several generations of INE (BEA, RNIE) with different check rules coexist.
 */
public final class Ine implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Pattern FORMAT = Pattern.compile("[0-9A-Z]{10}[A-Z0-9]");

    private final String value;

    private Ine(String value) {
        this.value = value;
    }

    public static Ine of(String raw) {
        String value = Objects.requireNonNull(raw, "INE").trim().toUpperCase(Locale.ROOT);
        if (!FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("INE invalide (11 caractères attendus) : " + raw);
        }
        return new Ine(value);
    }

    public String value() {
        return value;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Ine other && other.value.equals(value);
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

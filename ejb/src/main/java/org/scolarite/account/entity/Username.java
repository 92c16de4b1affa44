package org.scolarite.account.entity;

import java.io.Serializable;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * An account identifier (« identifiant », R-ACC-2): {@code prenom.nom}, lower case, accents folded, spaces and
 * apostrophes removed, hyphens kept, followed by an order number when the name is already taken in the académie
 * ({@code jean.dupont}, {@code jean.dupont1}, {@code jean.dupont2} …).
 */
public final class Username implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The column's width; real names stay far below it, so nothing is ever truncated. */
    public static final int MAX_LENGTH = 255;

    private static final Pattern PART = Pattern.compile("[a-z]+(-[a-z]+)*");
    private static final Pattern FORMAT = Pattern.compile(PART.pattern() + "\\." + PART.pattern() + "[0-9]*");
    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}");
    private static final Pattern NOT_KEPT = Pattern.compile("[^a-z-]");
    private static final Pattern REPEATED_HYPHENS = Pattern.compile("-{2,}");

    private final String value;

    private Username(String value) {
        this.value = value;
    }

    /** An identifier already in normal form (as stored); anything else is refused with the rule it breaks. */
    public static Username of(String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("L'identifiant est vide.");
        }
        if (value.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("L'identifiant ne doit pas dépasser " + MAX_LENGTH + " caractères.");
        }
        if (!FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("L'identifiant « " + value + " » doit être de la forme prenom.nom "
                    + "(lettres minuscules sans accents et tirets, suivies d'un numéro d'ordre éventuel).");
        }
        return new Username(value);
    }

    /**
     * What a person typed in a login or recovery form: surrounding spaces and capitals are forgiven, anything else that
     * is not an identifier gives nothing (the caller must not tell "malformed" from "unknown", R-PORTAL-3).
     */
    public static Optional<Username> fromInput(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String value = typed.strip().toLowerCase(Locale.ROOT);
        return value.length() <= MAX_LENGTH && FORMAT.matcher(value).matches()
                ? Optional.of(new Username(value))
                : Optional.empty();
    }

    /** The identifier a person's names give, before any order number ({@code « Zoé » « Le Bœuf » → zoe.leboeuf}). */
    public static Username base(String firstName, String lastName) {
        return of(normalise(firstName, "prénom") + "." + normalise(lastName, "nom"));
    }

    /**
     * The base this identifier was numbered from ({@code jean.dupont2 → jean.dupont}): the key under which the
     * pre-creation looks up the identifiers already taken (an indexed column, {@code account.username_base}).
     */
    public Username withoutOrderNumber() {
        int end = value.length();
        while (end > 1 && Character.isDigit(value.charAt(end - 1))) {
            end--;
        }
        return end == value.length() ? this : new Username(value.substring(0, end));
    }

    /**
     * The smallest free identifier for {@code base}: the base itself, then base1, base2 … {@code taken} holds the
     * identifiers of the académie that start with the base (other names such as {@code jean.dupontel} may be among
     * them and are simply never candidates).
     */
    public static Username allocate(Username base, Set<String> taken) {
        if (Character.isDigit(base.value.charAt(base.value.length() - 1))) {
            throw new IllegalArgumentException("Un identifiant de base ne porte pas de numéro d'ordre : " + base);
        }
        if (!taken.contains(base.value)) {
            return base;
        }
        for (int order = 1; ; order++) {
            String candidate = base.value + order;
            if (!taken.contains(candidate)) {
                return of(candidate);
            }
        }
    }

    static String normalise(String name, String what) {
        String lower = Objects.requireNonNull(name, what).toLowerCase(Locale.ROOT);
        StringBuilder expanded = new StringBuilder(lower.length() + 4);
        lower.codePoints().forEach(c -> expanded.append(fold(c)));
        String withoutMarks = COMBINING_MARKS.matcher(Normalizer.normalize(expanded, Normalizer.Form.NFD))
                .replaceAll("");
        String kept = NOT_KEPT.matcher(withoutMarks).replaceAll("");
        String part = trimHyphens(REPEATED_HYPHENS.matcher(kept).replaceAll("-"));
        if (part.isEmpty()) {
            throw new IllegalArgumentException("Le " + what + " « " + name
                    + " » ne contient aucune lettre utilisable pour former l'identifiant.");
        }
        return part;
    }

    /**
     * Letters that Unicode does not decompose into a base letter and an accent, spelt as French does; every dash
     * becomes a plain hyphen so that « Jean‑Pierre » typed with a non-breaking hyphen keeps it.
     */
    private static String fold(int codePoint) {
        return switch (codePoint) {
            case 'œ' -> "oe";
            case 'æ' -> "ae";
            case 'ß' -> "ss";
            case 'ø' -> "o";
            case 'đ', 'ð' -> "d";
            case 'ł' -> "l";
            case 'þ' -> "th";
            case 'ı' -> "i";
            default -> Character.getType(codePoint) == Character.DASH_PUNCTUATION
                    ? "-"
                    : new String(Character.toChars(codePoint));
        };
    }

    private static String trimHyphens(String part) {
        int start = 0;
        int end = part.length();
        while (start < end && part.charAt(start) == '-') {
            start++;
        }
        while (end > start && part.charAt(end - 1) == '-') {
            end--;
        }
        return part.substring(start, end);
    }

    public String value() {
        return value;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Username other && other.value.equals(value);
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

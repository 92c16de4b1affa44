package org.scolarite.infosheet.entity;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How a field of the information sheet is typed, cleaned and checked (R-FICHE-1: phones, e-mails, postal codes). The
 * error is a message key ({@code error.phone}…) that the portal shows next to the field in French.
 */
public enum FieldFormat {
    /** A mandatory name: letters, spaces, hyphens, apostrophes. */
    NAME,
    /** Optional free text of one address line or town. */
    TEXT,
    /** Mandatory free text (the first address line, the town). */
    REQUIRED_TEXT,
    /** Optional French phone number (ten digits from 0) or international one (+ and 8 to 15 digits). */
    PHONE,
    /** Optional e-mail address. */
    EMAIL,
    /** Mandatory French postal code: five digits. */
    POSTAL_CODE,
    /** « true » or « false ». */
    YES_NO,
    /** « M. » or « MME », as SIECLE writes them. */
    CIVILITY,
    /** SIECLE's two-digit profession category (« catégorie socioprofessionnelle »). */
    PROFESSION,
    /** SIECLE's « situation emploi »: 1 to 4. */
    SITUATION;

    /** SIECLE's profession categories, the choices of the sheet's list. */
    public static final java.util.List<String> PROFESSIONS = java.util.List.of("10", "21", "22", "23", "31", "33",
            "34", "35", "37", "38", "42", "43", "44", "45", "46", "47", "48", "52", "53", "54", "55", "56", "61",
            "66", "69", "71", "72", "73", "76", "81", "82", "99");
    public static final java.util.List<String> SITUATIONS = java.util.List.of("1", "2", "3", "4");
    public static final java.util.List<String> CIVILITIES = java.util.List.of("M.", "MME");

    private static final int MAX_TEXT = 80;
    private static final Pattern NAME_CHARS = Pattern.compile("\\p{L}[\\p{L} '’.-]*");
    private static final Pattern FRENCH_PHONE = Pattern.compile("0[1-9]\\d{8}");
    private static final Pattern INTERNATIONAL_PHONE = Pattern.compile("\\+[1-9]\\d{7,14}");
    private static final Pattern EMAIL_SHAPE =
            Pattern.compile("[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");
    private static final Pattern FIVE_DIGITS = Pattern.compile("\\d{5}");

    /**
     * The value as stored and compared: trimmed, inner spaces collapsed, phone separators (spaces, dots, hyphens)
     * removed, e-mail in lower case; {@code null} for an empty value. So that « 06 12 34 56 78 » typed over
     * « 0612345678 » is no change.
     */
    public String normalize(String typed) {
        if (typed == null) {
            return null;
        }
        String value = typed.strip().replaceAll("\\s+", " ");
        if (value.isEmpty()) {
            return null;
        }
        return switch (this) {
            case PHONE -> value.replaceAll("[ .\\-]", "");
            case EMAIL -> value.toLowerCase(Locale.ROOT);
            case CIVILITY -> value.toUpperCase(Locale.ROOT).equals("M.") ? "M." : value.toUpperCase(Locale.ROOT);
            default -> value;
        };
    }

    /** The message key of what is wrong with a normalized value, or empty when it is acceptable. */
    public Optional<String> check(String value) {
        if (value == null) {
            return isRequired() ? Optional.of("error.required") : Optional.empty();
        }
        boolean ok = switch (this) {
            case NAME -> value.length() <= 100 && NAME_CHARS.matcher(value).matches();
            case TEXT, REQUIRED_TEXT -> value.length() <= MAX_TEXT;
            case PHONE -> FRENCH_PHONE.matcher(value).matches() || INTERNATIONAL_PHONE.matcher(value).matches();
            case EMAIL -> value.length() <= 254 && EMAIL_SHAPE.matcher(value).matches();
            case POSTAL_CODE -> FIVE_DIGITS.matcher(value).matches();
            case YES_NO -> value.equals("true") || value.equals("false");
            case CIVILITY -> CIVILITIES.contains(value);
            case PROFESSION -> PROFESSIONS.contains(value);
            case SITUATION -> SITUATIONS.contains(value);
        };
        return ok ? Optional.empty() : Optional.of(errorKey());
    }

    private boolean isRequired() {
        return Set.of(NAME, REQUIRED_TEXT, POSTAL_CODE, YES_NO, CIVILITY).contains(this);
    }

    private String errorKey() {
        return switch (this) {
            case NAME -> "error.name";
            case TEXT, REQUIRED_TEXT -> "error.text";
            case PHONE -> "error.phone";
            case EMAIL -> "error.email";
            case POSTAL_CODE -> "error.postalCode";
            default -> "error.choice";
        };
    }
}

package org.scolarite.grades.entity;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * A pupil's grade in an assessment: an exact decimal value between 0 and the assessment's « noté sur », or a status
 * (ABS, N.NOT, DIS) — never both. Decimals are {@link BigDecimal}: a 12,25 stays 12,25 and averages are exact.
 */
public record GradeMark(BigDecimal value, GradeStatus status) {

    public GradeMark {
        if ((value == null) == (status == null)) {
            throw new IllegalArgumentException("Une note est une valeur ou un statut (ABS, N.NOT, DIS)");
        }
    }

    public static GradeMark of(BigDecimal value) {
        return new GradeMark(Objects.requireNonNull(value), null);
    }

    public static GradeMark of(GradeStatus status) {
        return new GradeMark(null, Objects.requireNonNull(status));
    }

    /**
     * Reads a fed grade: « 12,5 » or « 12.5 » (at most two decimals), or « ABS », « N.NOT »/« NNOT », « DIS ». Empty
     * with a French reason when the text is none of these or the value is outside 0 … {@code outOf}.
     */
    public static Parsed parse(String text, BigDecimal outOf) {
        if (text == null || text.isBlank()) {
            return Parsed.rejected("note vide");
        }
        Optional<GradeStatus> status = GradeStatus.of(text);
        if (status.isPresent()) {
            return new Parsed(of(status.get()), null);
        }
        BigDecimal value;
        try {
            value = new BigDecimal(text.strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            return Parsed.rejected("note illisible « " + text.strip() + " » (un nombre, ABS, N.NOT ou DIS)");
        }
        if (value.scale() > 2) {
            return Parsed.rejected("note « " + text.strip() + " » : deux décimales au plus");
        }
        if (value.signum() < 0 || (outOf != null && value.compareTo(outOf) > 0)) {
            return Parsed.rejected("note " + text.strip() + " hors de 0 … " + (outOf == null ? "?" : outOf.toPlainString()));
        }
        return new Parsed(of(value), null);
    }

    /** The result of {@link #parse}: a mark, or the reason it was refused. */
    public record Parsed(GradeMark mark, String rejection) {

        static Parsed rejected(String reason) {
            return new Parsed(null, reason);
        }

        public boolean ok() {
            return mark != null;
        }
    }

    /** What the page shows: « 12,5 » (French decimal comma, no useless zeros), or the status. */
    public String shown() {
        return status != null ? status.shown() : FrenchDecimal.format(value);
    }
}

package org.scolarite.grades.entity;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** A grade without a value (R-NOTES-3): absent, not graded, exempted. {@code code} is the stored and fed form. */
public enum GradeStatus {

    ABSENT("ABS", "ABS"),
    NOT_GRADED("NNOT", "N.NOT"),
    EXEMPTED("DIS", "DIS");

    private final String code;
    private final String shown;

    GradeStatus(String code, String shown) {
        this.code = code;
        this.shown = shown;
    }

    public String code() {
        return code;
    }

    /** What the page shows: « ABS », « N.NOT », « DIS ». */
    public String shown() {
        return shown;
    }

    /** By stored code or shown form, case and dots ignored (« N.NOT », « nnot »). */
    public static Optional<GradeStatus> of(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String normalised = text.strip().replace(".", "").toUpperCase(Locale.ROOT);
        return Arrays.stream(values()).filter(s -> s.code.equals(normalised)).findFirst();
    }
}

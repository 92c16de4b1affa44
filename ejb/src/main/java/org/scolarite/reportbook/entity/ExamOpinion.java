package org.scolarite.reportbook.entity;

import java.util.Arrays;
import java.util.Optional;

/** The pedagogical team's opinion for the baccalauréat in the LSL (R-LSL-1), with the feed's codes. */
public enum ExamOpinion {
    VERY_FAVOURABLE("TRES_FAVORABLE", "Très favorable"),
    FAVOURABLE("FAVORABLE", "Favorable"),
    TO_PROVE("DOIT_FAIRE_SES_PREUVES", "Doit faire ses preuves");

    private final String code;
    private final String label;

    ExamOpinion(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public static Optional<ExamOpinion> ofCode(String code) {
        return Arrays.stream(values()).filter(o -> o.code.equals(code)).findFirst();
    }
}

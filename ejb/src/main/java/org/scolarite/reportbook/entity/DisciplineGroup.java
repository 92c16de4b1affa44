package org.scolarite.reportbook.entity;

import java.util.Arrays;
import java.util.Optional;

/** How the paper LSL groups the discipline tiles of a year (R-LSL-1), in the book's order, with the feed's codes. */
public enum DisciplineGroup {
    COMMON("COMMUN", "Enseignements communs"),
    SPECIALITY("SPECIALITE", "Enseignements de spécialité"),
    OPTIONAL("OPTIONNEL", "Enseignements optionnels");

    private final String code;
    private final String label;

    DisciplineGroup(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public static Optional<DisciplineGroup> ofCode(String code) {
        return Arrays.stream(values()).filter(g -> g.code.equals(code)).findFirst();
    }
}

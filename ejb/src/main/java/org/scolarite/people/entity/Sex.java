package org.scolarite.people.entity;

/** SIECLE {@code CODE_SEXE}: 1 male, 2 female. */
public enum Sex {
    MALE, FEMALE;

    public static Sex fromSiecleCode(String code) {
        return switch (code.trim()) {
            case "1" -> MALE;
            case "2" -> FEMALE;
            default -> throw new IllegalArgumentException("CODE_SEXE inconnu : " + code);
        };
    }
}

package org.scolarite.people.entity;

/**
 * Boarding regime, grouped from SIECLE {@code CODE_REGIME}: 0 external, 1 supervised external,
 * 2 and 21–29 half-board (29 « au ticket »), 3 and 31–34 boarder.
 */
public enum Regime {
    EXTERNAL, SUPERVISED_EXTERNAL, HALF_BOARD, BOARDER;

    public static Regime fromSiecleCode(String code) {
        String c = code.trim();
        if (c.equals("0")) {
            return EXTERNAL;
        }
        if (c.equals("1")) {
            return SUPERVISED_EXTERNAL;
        }
        if (c.equals("2") || c.matches("2[1-9]")) {
            return HALF_BOARD;
        }
        if (c.equals("3") || c.matches("3[1-4]")) {
            return BOARDER;
        }
        throw new IllegalArgumentException("CODE_REGIME inconnu : " + code);
    }
}

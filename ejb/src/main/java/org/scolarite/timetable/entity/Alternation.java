package org.scolarite.timetable.entity;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.Arrays;

/**
 * How often a weekly course takes place (R-EDT-2): every week, or in alternate weeks « semaine A » / « semaine B ».
 * Week A is an odd ISO week, week B an even one: the rule the feed documents (docs/feeds/emploi-du-temps.md), so
 * that a course of week A is never shown in week B whatever the page's window.
 */
public enum Alternation {
    EVERY_WEEK("H"),
    WEEK_A("A"),
    WEEK_B("B");

    private final String code;

    Alternation(String code) {
        this.code = code;
    }

    /** The feed's and the table's one-letter code: H (hebdomadaire), A, B. */
    public String code() {
        return code;
    }

    public static Alternation ofCode(String code) {
        return Arrays.stream(values()).filter(a -> a.code.equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Alternance inconnue : " + code));
    }

    /** The letter of the week containing {@code day}: A for an odd ISO week, B for an even one. */
    public static Alternation weekOf(LocalDate day) {
        return day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR) % 2 == 1 ? WEEK_A : WEEK_B;
    }

    public boolean appliesTo(LocalDate day) {
        return this == EVERY_WEEK || this == weekOf(day);
    }
}

package org.scolarite.notification.entity;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;

/** The « fait à » line of a letter: « Caen, le 22 novembre 2026 », with « 1er » for the first day of a month. */
public record PlaceAndDate(String city, LocalDate date) {

    private static final DateTimeFormatter MONTH_AND_YEAR = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.FRENCH);

    public PlaceAndDate {
        Objects.requireNonNull(city, "city");
        Objects.requireNonNull(date, "date");
    }

    public String text() {
        String day = date.getDayOfMonth() == 1 ? "1er" : Integer.toString(date.getDayOfMonth());
        return city + ", le " + day + " " + MONTH_AND_YEAR.format(date);
    }
}

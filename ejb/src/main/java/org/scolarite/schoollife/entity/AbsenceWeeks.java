package org.scolarite.schoollife.entity;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * R-VS-1: the half-days of absence per week of the chosen range. Every week from the range's first to its last one
 * that has begun by {@code today} is listed, weeks without absence included (a family reads the gaps too), the most
 * recent first (what a family looks for; a whole year is some forty weeks). An absence
 * counts in the week of its first day: the export gives the half-days of the whole absence, not per day.
 */
public final class AbsenceWeeks {

    /** A week, by its Monday, and the half-days of absence that started in it. */
    public record Week(LocalDate monday, int halfDays) {

        public LocalDate getMonday() { return monday; }
        public LocalDate getFriday() { return monday.plusDays(4); }
        public int getHalfDays() { return halfDays; }
    }

    private AbsenceWeeks() {
    }

    /** An absence as counted: its first day and its half-days. */
    public record Absence(LocalDate date, int halfDays) {
    }

    /** {@code absences}: the shown absences of the range (the page's query keeps only those). */
    public static List<Week> of(List<Absence> absences, LocalDate from, LocalDate to, LocalDate today) {
        Map<LocalDate, Integer> byWeek = new LinkedHashMap<>();
        LocalDate last = to.isAfter(today) ? today : to;
        for (LocalDate monday = monday(from); !monday.isAfter(last); monday = monday.plusWeeks(1)) {
            byWeek.put(monday, 0);
        }
        for (Absence absence : absences) {
            byWeek.computeIfPresent(monday(absence.date()), (week, count) -> count + absence.halfDays());
        }
        List<Week> weeks = new ArrayList<>();
        byWeek.forEach((monday, halfDays) -> weeks.add(0, new Week(monday, halfDays)));
        return weeks;
    }

    public static int total(List<Week> weeks) {
        return weeks.stream().mapToInt(Week::halfDays).sum();
    }

    private static LocalDate monday(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }
}

package org.scolarite.timetable.entity;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/**
 * The weeks a family may see (R-EDT-1, R-EDT-2): the configured number of weeks, the current one included, from the
 * Monday of the week containing today. Weeks are numbered from 0 (the current one); a week asked outside the window
 * is not shown: {@link #clamp} brings it back to the nearest allowed one, which the service logs as a crafted request.
 */
public record TimetableWindow(LocalDate firstMonday, int weeks) {

    public TimetableWindow {
        if (firstMonday.getDayOfWeek() != DayOfWeek.MONDAY || weeks < 1) {
            throw new IllegalArgumentException("Fenêtre d'emploi du temps invalide : " + firstMonday + ", " + weeks);
        }
    }

    public static TimetableWindow of(LocalDate today, int weeks) {
        return new TimetableWindow(today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)), weeks);
    }

    public boolean allows(int week) {
        return week >= 0 && week < weeks;
    }

    public int clamp(int week) {
        return Math.max(0, Math.min(weeks - 1, week));
    }

    public LocalDate monday(int week) {
        if (!allows(week)) {
            throw new IllegalArgumentException("Semaine hors de la fenêtre : " + week);
        }
        return firstMonday.plusWeeks(week);
    }

    /** The Sunday that ends the window: nothing after it is read. */
    public LocalDate lastDay() {
        return firstMonday.plusWeeks(weeks).minusDays(1);
    }
}

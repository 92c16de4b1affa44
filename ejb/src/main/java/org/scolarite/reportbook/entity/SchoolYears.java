package org.scolarite.reportbook.entity;

import java.time.LocalDate;
import java.time.Month;

/** How the books name a school year: by its start year, « 2026-2027 ». */
public final class SchoolYears {

    private SchoolYears() {
    }

    /** The school year under way on {@code day}, by its start year: it starts in August, with the rentrée. */
    public static int startYearOf(LocalDate day) {
        return day.getMonthValue() >= Month.AUGUST.getValue() ? day.getYear() : day.getYear() - 1;
    }

    public static String label(int startYear) {
        return startYear + "-" + (startYear + 1);
    }
}

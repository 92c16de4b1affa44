package org.scolarite.grades.entity;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.scolarite.structure.entity.SchoolPeriod;

/**
 * An entry of the grades page's period filter (R-NOTES-3): a period of the division (« 1er trimestre »), a month of
 * the school year already begun (« octobre 2026 »), or « toutes les périodes ». Its key is what the page's URL carries
 * (« p51 », « m2026-10 », « tout »): a key the child's options do not hold is a forged request.
 */
public record PeriodChoice(Kind kind, String key, String label, LocalDate from, LocalDate to) {

    public enum Kind { PERIOD, MONTH, ALL }

    public static final String ALL_KEY = "tout";

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.FRENCH);

    /**
     * The options for a division's periods on {@code today}: each period, each month from the first period's start
     * to today (or the last period's end when earlier), then « toutes les périodes ». Without periods, only the
     * last.
     */
    public static List<PeriodChoice> options(List<SchoolPeriod> periods, LocalDate today) {
        List<PeriodChoice> options = new ArrayList<>();
        List<SchoolPeriod> sorted = periods.stream().sorted(Comparator.comparing(SchoolPeriod::getStartsOn)).toList();
        for (SchoolPeriod period : sorted) {
            options.add(new PeriodChoice(Kind.PERIOD, "p" + period.getId(), period.getLabel(), period.getStartsOn(),
                    period.getEndsOn()));
        }
        if (sorted.isEmpty()) {
            options.add(new PeriodChoice(Kind.ALL, ALL_KEY, null, LocalDate.of(1900, 1, 1), LocalDate.of(2999, 12, 31)));
            return options;
        }
        LocalDate start = sorted.get(0).getStartsOn();
        LocalDate end = sorted.stream().map(SchoolPeriod::getEndsOn).max(Comparator.naturalOrder()).orElseThrow();
        LocalDate lastMonth = today.isBefore(end) ? today : end;
        for (YearMonth month = YearMonth.from(start); !month.isAfter(YearMonth.from(lastMonth));
             month = month.plusMonths(1)) {
            String label = MONTH.format(month);
            options.add(new PeriodChoice(Kind.MONTH, "m" + month, Character.toUpperCase(label.charAt(0))
                    + label.substring(1), month.atDay(1), month.atEndOfMonth()));
        }
        options.add(new PeriodChoice(Kind.ALL, ALL_KEY, null, start, end));
        return options;
    }
}

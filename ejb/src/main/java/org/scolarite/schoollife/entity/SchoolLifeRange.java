package org.scolarite.schoollife.entity;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.scolarite.structure.entity.SchoolPeriod;

/**
 * The dates a Vie scolaire page shows (R-VS-1: « pour le mois, la période ou l'année choisis »): a period of the
 * pupil's division (its code, « T1 »), a month of the school year (« 2026-10 ») or the whole year (« annee »). The
 * default, and the answer to any value that is not one of the pupil's choices, is the current period (as for the
 * grades, R-NOTES-3); without periods, the year.
 *
 * @param key  the choice as the page's selector gives it back
 * @param from first day shown
 * @param to   last day shown
 */
public record SchoolLifeRange(String key, LocalDate from, LocalDate to) {

    public static final String YEAR = "annee";

    /** What the selector offers: the periods, the months from the year's first one to today's, the year. */
    public record Choices(List<SchoolPeriod> periods, List<YearMonth> months, LocalDate yearStart, LocalDate yearEnd) {
    }

    /**
     * The school year: from the first period's start to the last one's end; without periods, from 1 September of
     * the school year containing {@code today} to the next 31 August.
     */
    public static Choices choices(List<SchoolPeriod> periods, LocalDate today) {
        LocalDate start;
        LocalDate end;
        if (periods.isEmpty()) {
            int startYear = today.getMonthValue() >= 8 ? today.getYear() : today.getYear() - 1;
            start = LocalDate.of(startYear, 9, 1);
            end = LocalDate.of(startYear + 1, 8, 31);
        } else {
            start = periods.stream().map(SchoolPeriod::getStartsOn).min(LocalDate::compareTo).orElseThrow();
            end = periods.stream().map(SchoolPeriod::getEndsOn).max(LocalDate::compareTo).orElseThrow();
        }
        List<YearMonth> months = new ArrayList<>();
        YearMonth last = YearMonth.from(today.isAfter(end) ? end : today);
        for (YearMonth m = YearMonth.from(start); !m.isAfter(last); m = m.plusMonths(1)) {
            months.add(m);
        }
        return new Choices(List.copyOf(periods), List.copyOf(months), start, end);
    }

    /** The range asked, when it is one of the choices; otherwise the default (current period, else the year). */
    public static SchoolLifeRange of(String asked, Choices choices, LocalDate today) {
        return parse(asked, choices).orElseGet(() -> SchoolPeriod.current(choices.periods(), today)
                .map(SchoolLifeRange::ofPeriod)
                .orElse(new SchoolLifeRange(YEAR, choices.yearStart(), choices.yearEnd())));
    }

    /** Whether {@code asked} is a value the page offers (a crafted one is answered with the default). */
    public static boolean isOffered(String asked, Choices choices) {
        return parse(asked, choices).isPresent();
    }

    private static Optional<SchoolLifeRange> parse(String asked, Choices choices) {
        if (asked == null || asked.isBlank()) {
            return Optional.empty();
        }
        if (YEAR.equals(asked)) {
            return Optional.of(new SchoolLifeRange(YEAR, choices.yearStart(), choices.yearEnd()));
        }
        Optional<SchoolLifeRange> period = choices.periods().stream().filter(p -> p.getCode().equals(asked))
                .findFirst().map(SchoolLifeRange::ofPeriod);
        if (period.isPresent()) {
            return period;
        }
        try {
            YearMonth month = YearMonth.parse(asked);
            return choices.months().contains(month)
                    ? Optional.of(new SchoolLifeRange(asked, month.atDay(1), month.atEndOfMonth()))
                    : Optional.empty();
        } catch (DateTimeParseException notAMonth) {
            return Optional.empty();
        }
    }

    private static SchoolLifeRange ofPeriod(SchoolPeriod period) {
        return new SchoolLifeRange(period.getCode(), period.getStartsOn(), period.getEndsOn());
    }
}

package org.scolarite.grades.entity;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.scolarite.structure.entity.SchoolPeriod;

/**
 * The grades page's period filter for a division on a day (R-NOTES-3): its options ({@link PeriodChoice#options}) and
 * the one shown when none is asked, « par défaut la période en cours » ({@link SchoolPeriod#current}), or « toutes
 * les périodes » for a division without periods. It only changes with the division's periods or the day, so the
 * portal keeps it for a session's day.
 */
public record PeriodFilter(List<PeriodChoice> options, PeriodChoice current) {

    public PeriodFilter {
        options = List.copyOf(options);
    }

    public static PeriodFilter of(List<SchoolPeriod> periods, LocalDate today) {
        List<PeriodChoice> options = PeriodChoice.options(periods, today);
        String wanted = SchoolPeriod.current(periods, today).map(p -> "p" + p.getId()).orElse(PeriodChoice.ALL_KEY);
        return new PeriodFilter(options, options.stream().filter(o -> o.key().equals(wanted)).findFirst()
                .orElseThrow());
    }

    /**
     * The option asked for by its key, the current one when none is asked; empty when the key is not among the
     * options (another division's period, a month to come: a forged request).
     */
    public Optional<PeriodChoice> chosen(String key) {
        if (key == null || key.isBlank()) {
            return Optional.of(current);
        }
        String asked = key.strip();
        return options.stream().filter(o -> o.key().equals(asked)).findFirst();
    }

    /** « Toutes les périodes », the last option. */
    public PeriodChoice all() {
        return options.get(options.size() - 1);
    }
}

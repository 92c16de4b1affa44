package org.scolarite.statistics.entity;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The current school year's window, rentrée to year end, both included: « notifiés année courante » (R-STAT-2) are
 * the accounts notified inside it, and the access statistics (R-STAT-3) count the months inside it.
 */
public record SchoolYearWindow(LocalDate rentree, LocalDate end) implements Serializable {

    /** No school year: a window on 1 January of year 1, before every date the application handles. */
    public static final SchoolYearWindow NONE = new SchoolYearWindow(LocalDate.of(1, 1, 1), LocalDate.of(1, 1, 1));

    public SchoolYearWindow {
        Objects.requireNonNull(rentree);
        Objects.requireNonNull(end);
        if (end.isBefore(rentree)) {
            throw new IllegalArgumentException("the year ends before its rentrée");
        }
    }

    public boolean contains(LocalDate day) {
        return day != null && !day.isBefore(rentree) && !day.isAfter(end);
    }

    /**
     * The school year « en cours » on a day: the one containing it; in the summer between two years, the year just
     * ended (its figures stay what the school looks at until the rentrée); before any year, none.
     */
    public static Optional<SchoolYearWindow> current(List<SchoolYearWindow> years, LocalDate today) {
        return years.stream().filter(y -> !y.rentree().isAfter(today))
                .max(Comparator.comparing(SchoolYearWindow::rentree));
    }
}

package org.scolarite.grades.entity;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The establishment's grade-publication setting (« Configuration Notes », R-NOTES-1, R-NOTES-2): the mode and, « à
 * échéance », the deadline dates of each (MEF, division) couple. Immutable; every change returns a new value.
 */
public record GradesPublication(PublicationMode mode, List<PublicationDeadline> deadlines) {

    private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** Sorts and de-duplicates the deadlines (see the package's decisions) and keeps « au fil de l'eau » dateless. */
    public GradesPublication {
        Objects.requireNonNull(mode, "mode");
        deadlines = Objects.requireNonNull(deadlines, "deadlines").stream().map(Objects::requireNonNull).distinct()
                .sorted(PublicationDeadline.ORDER).toList();
        if (mode == PublicationMode.CONTINUOUS && !deadlines.isEmpty()) {
            throw new IllegalArgumentException("La publication «\u00a0au fil de l’eau\u00a0» n’a pas de date"
                    + " d’échéance.");
        }
    }

    /** « Au fil de l'eau », no dates: the setting of an establishment that never chose (R-NOTES-2). */
    public static GradesPublication defaults() {
        return new GradesPublication(PublicationMode.CONTINUOUS, List.of());
    }

    /**
     * Adds {@code date} to each selected couple; a couple that already has it keeps it once, so adding twice is
     * harmless.
     *
     * @throws GradesPublicationRejected when the mode is not « à échéance », no couple is selected, or the date is
     *         missing or outside the school year (both bounds included)
     */
    public GradesPublication withDate(LocalDate date, Collection<ClassCouple> couples, LocalDate schoolYearStart,
                                      LocalDate schoolYearEnd) {
        Objects.requireNonNull(schoolYearStart, "schoolYearStart");
        Objects.requireNonNull(schoolYearEnd, "schoolYearEnd");
        if (mode != PublicationMode.DEADLINES) {
            throw new GradesPublicationRejected("Les dates d’échéance ne se définissent qu’en publication"
                    + " «\u00a0à échéance\u00a0».");
        }
        requireSelection(date, couples);
        if (date.isBefore(schoolYearStart) || date.isAfter(schoolYearEnd)) {
            throw new GradesPublicationRejected("La date d’échéance du " + FRENCH_DATE.format(date)
                    + " est hors de l’année scolaire (du " + FRENCH_DATE.format(schoolYearStart) + " au "
                    + FRENCH_DATE.format(schoolYearEnd) + ").");
        }
        return new GradesPublication(mode, Stream.concat(deadlines.stream(),
                couples.stream().map(couple -> new PublicationDeadline(couple.mefId(), couple.divisionId(), date)))
                .toList());
    }

    /**
     * Removes {@code date} from each selected couple; couples without that date are left as they are.
     *
     * @throws GradesPublicationRejected when no couple is selected or the date is missing
     */
    public GradesPublication withoutDate(LocalDate date, Collection<ClassCouple> couples) {
        requireSelection(date, couples);
        return new GradesPublication(mode, deadlines.stream()
                .filter(deadline -> !deadline.date().equals(date) || couples.stream().noneMatch(deadline::isFor))
                .toList());
    }

    /**
     * The setting in {@code target} mode. « Au fil de l'eau » deletes every date (ask first, see
     * {@link #switchNeedsConfirmation}); « à échéance » starts without dates, since « au fil de l'eau » has none.
     * Choosing the current mode changes nothing.
     */
    public GradesPublication switchTo(PublicationMode target) {
        Objects.requireNonNull(target, "target");
        return target == mode ? this : new GradesPublication(target, List.of());
    }

    /** Whether switching to {@code target} would delete dates, so the screen must ask for confirmation first. */
    public boolean switchNeedsConfirmation(PublicationMode target) {
        return mode == PublicationMode.DEADLINES && target == PublicationMode.CONTINUOUS && !deadlines.isEmpty();
    }

    /** The deadline dates of one couple, earliest first; none « au fil de l'eau ». */
    public List<LocalDate> datesOf(ClassCouple couple) {
        Objects.requireNonNull(couple, "couple");
        return deadlines.stream().filter(deadline -> deadline.isFor(couple)).map(PublicationDeadline::date).toList();
    }

    private static void requireSelection(LocalDate date, Collection<ClassCouple> couples) {
        if (couples == null || couples.isEmpty()) {
            throw new GradesPublicationRejected("Sélectionnez au moins un couple (MEF, division).");
        }
        if (date == null) {
            throw new GradesPublicationRejected("Choisissez une date d’échéance.");
        }
        couples.forEach(couple -> Objects.requireNonNull(couple, "couple"));
    }
}

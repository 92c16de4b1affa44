package org.scolarite.structure.entity;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The school year an académie administrator asks to create at the rollover (« bascule d'année »): its start year and
 * dates, checked against the year under way. Only the year right after the current one may be created, once, with a
 * rentrée in its start year after the current year's end and an end in the following calendar year.
 */
public record SchoolYearPlan(int startYear, LocalDate rentree, LocalDate end) {

    private static final Pattern LABEL = Pattern.compile("\\s*(\\d{4})\\s*[-/]\\s*(\\d{4})\\s*");
    private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** The start year of a label typed as SIECLE and the console write it, « 2027-2028 ». */
    public static int startYearOf(String label) {
        Matcher matcher = label == null ? null : LABEL.matcher(label);
        if (matcher == null || !matcher.matches()
                || Integer.parseInt(matcher.group(2)) != Integer.parseInt(matcher.group(1)) + 1) {
            throw new RolloverRefused("year", "Indiquez l’année scolaire sous la forme 2027-2028 (deux années "
                    + "consécutives).");
        }
        return Integer.parseInt(matcher.group(1));
    }

    /** « 2027-2028 ». */
    public String label() {
        return startYear + "-" + (startYear + 1);
    }

    /**
     * Checks the plan against the académie's year under way ({@code current}, empty when none has begun) and whether
     * a year of that start year exists already; throws {@link RolloverRefused} naming the field at fault.
     */
    public void requireNextOf(Optional<SchoolYear> current, boolean alreadyExists) {
        if (rentree == null) {
            throw new RolloverRefused("rentree", "Indiquez la date de rentrée.");
        }
        if (end == null) {
            throw new RolloverRefused("end", "Indiquez la date de fin de l’année scolaire.");
        }
        if (alreadyExists) {
            throw new RolloverRefused("year", "L’année scolaire " + label() + " existe déjà : la bascule a déjà "
                    + "été faite.");
        }
        if (current.isEmpty()) {
            throw new RolloverRefused("year", "Aucune année scolaire n’est en cours dans l’académie : la bascule "
                    + "part de l’année en cours.");
        }
        SchoolYear now = current.get();
        if (startYear != now.getStartYear() + 1) {
            throw new RolloverRefused("year", "L’année " + label() + " ne suit pas l’année en cours ("
                    + now.label() + ") : seule l’année " + (now.getStartYear() + 1) + "-" + (now.getStartYear() + 2)
                    + " peut être créée.");
        }
        if (rentree.getYear() != startYear) {
            throw new RolloverRefused("rentree", "La rentrée de l’année " + label() + " doit avoir lieu en "
                    + startYear + ".");
        }
        if (!rentree.isAfter(now.getEndDate())) {
            throw new RolloverRefused("rentree", "La rentrée doit suivre la fin de l’année en cours (le "
                    + FRENCH_DATE.format(now.getEndDate()) + ").");
        }
        if (end.getYear() != startYear + 1 || !end.isAfter(rentree)) {
            throw new RolloverRefused("end", "La fin de l’année " + label() + " doit suivre la rentrée et tomber en "
                    + (startYear + 1) + ".");
        }
    }

    /** The new school year of the académie, once the plan is checked. */
    public SchoolYear create(Academy academy) {
        return new SchoolYear(academy, startYear, rentree, end);
    }
}

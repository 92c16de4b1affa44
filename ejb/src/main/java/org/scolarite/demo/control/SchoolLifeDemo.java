package org.scolarite.demo.control;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.scolarite.schoollife.entity.SchoolLifeKind;

/**
 * The demo's school-life events (R-VS-1) for one pupil of a school that uses the school-life module: from the rentrée
 * (1 September) to yesterday (families see the replicated day before, R-REPL-1), on school days only. Most pupils have
 * a few absences (half-days, whole days, a few days in a row; mostly justified), some are late now and then, a few get
 * punishments, sanctions are rare, a few pupils have a prevention or support measure; about one event in ten is not
 * « publiable en ligne », one sanction in five was not notified to the family (R-VS-1 hides them).
 *
 * <p>Deterministic from the seed and the pupil's source id only (not from the order pupils come in): the seeding,
 * which reads the pupils back from the database, and the export generator, which runs the people generator again,
 * produce the same events with the same ids. The showcase pupil (Léa, the lowest source id of the collège) also gets
 * a fixed set of recent events, among them one absence, one punishment and one sanction the family must not see.
 */
public final class SchoolLifeDemo {

    /** One event, as the feed describes it (docs/feeds/vie-scolaire.md); fields a kind does not have are null. */
    public record Event(SchoolLifeKind kind, String exportId, String pupilSourceId, LocalDate date,
                        LocalDateTime startsAt, LocalDateTime endsAt, Integer halfDays, Integer minutes,
                        Boolean justified, String label, String reason, Boolean publishable, Boolean familyNotified) {
    }

    private static final String[] JUSTIFIED_REASONS = {"Maladie", "Maladie", "Rendez-vous médical",
        "Raison familiale", "Transport scolaire"};
    private static final String[] UNJUSTIFIED_REASONS = {"Motif non recevable", "Sans motif"};
    private static final String[] LATENESS_REASONS = {"Transport scolaire en retard", "Rendez-vous médical"};
    private static final String[] PUNISHMENTS = {"Retenue", "Devoir supplémentaire", "Excuse orale ou écrite",
        "Exclusion ponctuelle de cours"};
    private static final String[] PUNISHMENT_REASONS = {"Travail non fait à plusieurs reprises",
        "Bavardages répétés malgré les avertissements", "Oubli répété du matériel", "Insolence envers un adulte",
        "Usage du téléphone portable en classe"};
    private static final String[] SANCTIONS = {"Avertissement", "Blâme", "Mesure de responsabilisation",
        "Exclusion temporaire de la classe (1 jour)"};
    private static final String[] SANCTION_REASONS = {"Bousculade violente envers un camarade",
        "Propos injurieux répétés", "Dégradation volontaire de matériel"};
    private static final String[] MEASURES = {"Tutorat", "Fiche de suivi", "Commission éducative",
        "Programme personnalisé de réussite éducative"};
    private static final String[] MEASURE_DESCRIPTIONS = {"Suivi hebdomadaire avec le professeur principal",
        "Point quotidien avec la vie scolaire pendant trois semaines",
        "Rencontre avec la famille et engagement écrit de l'élève",
        "Aide aux devoirs deux soirs par semaine"};

    private final long seed;
    private final LocalDate rentree;
    private final LocalDate lastDay;

    /** @param today the day of the seeding or of the export: events go up to the day before */
    public SchoolLifeDemo(long seed, LocalDate today) {
        this.seed = seed;
        this.rentree = LocalDate.of(DemoDataGenerator.startYearOf(today), 9, 1);
        this.lastDay = today.minusDays(1);
    }

    /** The showcase pupil of a school: the lowest source id (the first enrolled, as the people generator numbers). */
    public static String showcase(List<String> sourceIds) {
        return sourceIds.stream().min(Comparator.comparing(String::length).thenComparing(Comparator.naturalOrder()))
                .orElse(null);
    }

    public List<Event> events(String pupil, boolean showcase) {
        Random random = new Random(seed * 31 + pupil.hashCode());
        List<LocalDate> days = schoolDays();
        List<Event> events = new ArrayList<>();
        if (days.isEmpty()) {
            return events;
        }
        int[] ids = new int[5];
        double absenceRate = pick(random, 0.005, 0.01, 0.015, 0.02, 0.03, 0.05);
        double latenessRate = pick(random, 0.0, 0.0, 0.004, 0.01, 0.025);
        double punishmentRate = pick(random, 0.0, 0.0, 0.0, 0.002, 0.006);
        for (int d = 0; d < days.size(); d++) {
            LocalDate day = days.get(d);
            if (random.nextDouble() < absenceRate) {
                int length = random.nextInt(10);
                int halfDays;
                LocalDateTime from;
                LocalDateTime to;
                if (length < 4) {
                    boolean morning = random.nextBoolean() || day.getDayOfWeek() == DayOfWeek.WEDNESDAY;
                    halfDays = 1;
                    from = day.atTime(morning ? LocalTime.of(8, 0) : LocalTime.of(13, 30));
                    to = day.atTime(morning ? LocalTime.of(12, 0) : LocalTime.of(17, 0));
                } else {
                    int span = length < 8 ? 1 : 2 + random.nextInt(2);
                    LocalDate end = days.get(Math.min(days.size() - 1, d + span - 1));
                    halfDays = 0;
                    for (int k = d; k < days.size() && !days.get(k).isAfter(end); k++) {
                        halfDays += days.get(k).getDayOfWeek() == DayOfWeek.WEDNESDAY ? 1 : 2;
                    }
                    from = day.atTime(8, 0);
                    to = end.atTime(end.getDayOfWeek() == DayOfWeek.WEDNESDAY ? LocalTime.of(12, 0) : LocalTime.of(17, 0));
                    d += span - 1;
                }
                boolean justified = random.nextInt(100) < 78;
                events.add(new Event(SchoolLifeKind.ABSENCE, id(pupil, 1, ++ids[0]), pupil, day, from, to, halfDays,
                        null, justified, null, justified ? any(random, JUSTIFIED_REASONS)
                        : any(random, UNJUSTIFIED_REASONS), random.nextInt(100) < 90, null));
                continue;
            }
            if (random.nextDouble() < latenessRate) {
                boolean justified = random.nextInt(100) < 30;
                events.add(new Event(SchoolLifeKind.LATENESS, id(pupil, 2, ++ids[1]), pupil, day,
                        day.atTime(random.nextBoolean() ? LocalTime.of(8, 0) : LocalTime.of(13, 30))
                                .plusMinutes(5 + random.nextInt(20)), null, null, 5 + random.nextInt(21), justified,
                        null, justified ? any(random, LATENESS_REASONS) : null, random.nextInt(100) < 94, null));
            }
            if (random.nextDouble() < punishmentRate) {
                events.add(new Event(SchoolLifeKind.PUNISHMENT, id(pupil, 3, ++ids[2]), pupil, day, null, null,
                        null, null, null, any(random, PUNISHMENTS), any(random, PUNISHMENT_REASONS),
                        random.nextInt(100) < 85, null));
            }
        }
        if (random.nextInt(100) < 4) {
            LocalDate day = days.get(random.nextInt(days.size()));
            events.add(new Event(SchoolLifeKind.SANCTION, id(pupil, 4, ++ids[3]), pupil, day, null, null, null, null,
                    null, any(random, SANCTIONS), any(random, SANCTION_REASONS), null, random.nextInt(100) < 80));
        }
        if (random.nextInt(100) < 6) {
            LocalDate day = days.get(random.nextInt(days.size()));
            events.add(new Event(SchoolLifeKind.MEASURE, id(pupil, 5, ++ids[4]), pupil, day, null, null, null, null,
                    null, any(random, MEASURES), any(random, MEASURE_DESCRIPTIONS), null, null));
        }
        if (showcase) {
            showcaseEvents(pupil, days, ids, events);
        }
        return events;
    }

    /**
     * Léa's recent weeks, counted back from the last school day so that the current period always has some: what a
     * family sees, and what it must not see (the tests look for these reasons).
     */
    private void showcaseEvents(String pupil, List<LocalDate> days, int[] ids, List<Event> events) {
        int n = days.size();
        add(events, days, n - 2, d -> new Event(SchoolLifeKind.ABSENCE, id(pupil, 1, 90), pupil, d, d.atTime(8, 0),
                d.atTime(17, 0), 2, null, true, null, "Maladie", true, null));
        add(events, days, n - 6, d -> new Event(SchoolLifeKind.ABSENCE, id(pupil, 1, 91), pupil, d,
                d.atTime(13, 30), d.atTime(17, 0), 1, null, false, null, "Sans motif", true, null));
        add(events, days, n - 9, d -> new Event(SchoolLifeKind.ABSENCE, id(pupil, 1, 92), pupil, d, d.atTime(8, 0),
                d.atTime(12, 0), 1, null, false, null, "Motif en cours de vérification", false, null));
        add(events, days, n - 3, d -> new Event(SchoolLifeKind.LATENESS, id(pupil, 2, 90), pupil, d,
                d.atTime(8, 12), null, null, 12, false, null, null, true, null));
        add(events, days, n - 4, d -> new Event(SchoolLifeKind.PUNISHMENT, id(pupil, 3, 90), pupil, d, null, null,
                null, null, null, "Retenue", "Travail non fait à plusieurs reprises", true, null));
        add(events, days, n - 7, d -> new Event(SchoolLifeKind.PUNISHMENT, id(pupil, 3, 91), pupil, d, null, null,
                null, null, null, "Exclusion ponctuelle de cours", "Refus de travailler en technologie", false, null));
        add(events, days, n - 5, d -> new Event(SchoolLifeKind.SANCTION, id(pupil, 4, 90), pupil, d, null, null, null,
                null, null, "Avertissement", "Bousculade dans la cour", null, true));
        add(events, days, n - 8, d -> new Event(SchoolLifeKind.SANCTION, id(pupil, 4, 91), pupil, d, null, null, null,
                null, null, "Blâme", "Propos injurieux envers un camarade", null, false));
        add(events, days, n - 10, d -> new Event(SchoolLifeKind.MEASURE, id(pupil, 5, 90), pupil, d, null, null,
                null, null, null, "Fiche de suivi", "Point quotidien avec la vie scolaire pendant trois semaines",
                null, null));
    }

    private static void add(List<Event> events, List<LocalDate> days, int index,
                            java.util.function.Function<LocalDate, Event> event) {
        if (index >= 0) {
            events.add(event.apply(days.get(index)));
        }
    }

    /** « 100001-1-3 »: the pupil, the kind, the rank; unique in the establishment and stable across runs. */
    private static String id(String pupil, int kind, int rank) {
        return pupil + "-" + kind + "-" + rank;
    }

    /** Weekdays from the rentrée to yesterday, outside the (approximate) zone B holidays. */
    List<LocalDate> schoolDays() {
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate day = rentree; !day.isAfter(lastDay); day = day.plusDays(1)) {
            DayOfWeek weekday = day.getDayOfWeek();
            if (weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY && !holiday(day)) {
                days.add(day);
            }
        }
        return days;
    }

    private static boolean holiday(LocalDate day) {
        MonthDay md = MonthDay.from(day);
        return between(md, 10, 18, 11, 2) || md.isAfter(MonthDay.of(12, 19)) || md.isBefore(MonthDay.of(1, 5))
                || between(md, 2, 14, 3, 1) || between(md, 4, 11, 4, 26) || between(md, 7, 5, 8, 31);
    }

    private static boolean between(MonthDay md, int fromMonth, int fromDay, int toMonth, int toDay) {
        return !md.isBefore(MonthDay.of(fromMonth, fromDay)) && !md.isAfter(MonthDay.of(toMonth, toDay));
    }

    private static double pick(Random random, double... values) {
        return values[random.nextInt(values.length)];
    }

    private static String any(Random random, String[] values) {
        return values[random.nextInt(values.length)];
    }
}

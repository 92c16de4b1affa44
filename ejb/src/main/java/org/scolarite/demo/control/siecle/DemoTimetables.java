package org.scolarite.demo.control.siecle;

import jakarta.persistence.EntityManager;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.scolarite.demo.control.DemoDataGenerator;
import org.scolarite.demo.control.DemoScale;
import org.scolarite.demo.control.EntitySink;
import org.scolarite.demo.control.siecle.Subjects.Subject;
import org.scolarite.demo.control.siecle.Teachers.Service;
import org.scolarite.demo.control.siecle.Teachers.Teacher;
import org.scolarite.replication.control.DropZoneFiles;
import org.scolarite.structure.entity.Division;
import org.scolarite.structure.entity.Establishment;
import org.scolarite.structure.entity.EstablishmentKind;
import org.scolarite.structure.entity.TeachingGroup;
import org.scolarite.timetable.entity.Alternation;
import org.scolarite.timetable.entity.ChangeKind;
import org.scolarite.timetable.entity.CourseChange;
import org.scolarite.timetable.entity.TimetableChange;
import org.scolarite.timetable.entity.TimetableCourse;
import org.scolarite.timetable.entity.WeeklyCourse;

/**
 * The demo timetables (R-EDT-2) of every division and group of the demo establishments, seeded at first start and
 * written as {@code EmploiDuTemps.xml} (TS_EMPLOI_DU_TEMPS, docs/feeds/emploi-du-temps.md) into the drop zone: the
 * same plan both ways, drawn from the seed and the structures the demo generator makes, taught by the teachers the
 * STS export invents ({@link Teachers}).
 *
 * <p>A week of 55-minute periods: the collège from 8:00 to 16:30 with Wednesday afternoon free (about 26 hours for a
 * pupil), the lycée until 18:20 (about 30). Each level keeps some periods for its groups (LV2, Latin, specialities…),
 * taught at the same time to the pupils of every division of the level; the rest is the division's common core, with
 * two-hour EPS blocks and one period shared in alternate weeks (A/B) by two subjects. A few changes fall in the
 * coming weeks: a cancelled course, a room change, a moved course and an added session.
 */
public final class DemoTimetables {

    /** The timetable file of an establishment's drop zone folder. */
    public static final String FILE = "EmploiDuTemps.xml";

    /** The deliberate fault of the collège's file: a course of a division the school does not have. */
    static final String UNKNOWN_DIVISION = "6Z";

    private static final Logger LOG = Logger.getLogger(DemoTimetables.class.getName());
    private static final int[][] MORNING = {{480, 535}, {535, 590}, {605, 660}, {660, 715}};
    private static final int[][] AFTERNOON = {{810, 865}, {865, 920}, {935, 990}, {990, 1045}, {1045, 1100}};
    private static final DayOfWeek[] DAYS = {DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
            DayOfWeek.THURSDAY, DayOfWeek.FRIDAY};

    /** A period of the week. */
    record Slot(DayOfWeek day, int start, int end) {
    }

    /** A course of the plan: its source id, its division or group, its subject and when. */
    record PlannedCourse(String id, Object structure, Subject subject, WeeklyCourse course) {
        String structureCode() {
            return structure instanceof Division d ? d.getCode() : ((TeachingGroup) structure).getCode();
        }
    }

    /** A change of the plan; {@code course} is null for an added session, whose structure and subject are given. */
    record PlannedChange(String id, PlannedCourse course, Object structure, Subject subject, CourseChange change) {
    }

    /** One establishment's plan. */
    record Plan(Establishment establishment, List<PlannedCourse> courses, List<PlannedChange> changes) {
    }

    private DemoTimetables() {
    }

    /** Seeds the plans of the demo académie (seeded with {@code seed} on {@code today}) with JPA. */
    public static void seed(EntityManager em, long seed, LocalDate today) {
        long began = System.nanoTime();
        int[] counts = new int[2];
        for (Plan plan : plans(seed, DemoScale.DEMO, today)) {
            counts[0] += plan.courses().size();
            counts[1] += plan.changes().size();
            Establishment establishment = em.createQuery("SELECT e FROM Establishment e WHERE e.uai = :uai",
                    Establishment.class).setParameter("uai", plan.establishment().getUai()).getSingleResult();
            Map<String, Object> structures = new HashMap<>();
            em.createQuery("SELECT d FROM Division d WHERE d.establishment = :e", Division.class)
                    .setParameter("e", establishment).getResultList().forEach(d -> structures.put("D" + d.getCode(), d));
            em.createQuery("SELECT g FROM TeachingGroup g WHERE g.establishment = :e", TeachingGroup.class)
                    .setParameter("e", establishment).getResultList().forEach(g -> structures.put("G" + g.getCode(), g));
            Map<String, TimetableCourse> stored = new HashMap<>();
            for (PlannedCourse planned : plan.courses()) {
                TimetableCourse course = new TimetableCourse(establishment, planned.id(),
                        structures.get(key(planned.structure())), planned.subject().code(), planned.course());
                em.persist(course);
                stored.put(planned.id(), course);
            }
            for (PlannedChange planned : plan.changes()) {
                em.persist(planned.course() == null
                        ? TimetableChange.added(establishment, planned.id(), structures.get(key(planned.structure())),
                                planned.subject().code(), planned.change())
                        : TimetableChange.of(establishment, planned.id(), stored.get(planned.course().id()),
                                planned.change()));
            }
        }
        em.flush();
        LOG.info(() -> String.format("Emplois du temps de démonstration : %d cours et %d modifications en %d ms",
                counts[0], counts[1], (System.nanoTime() - began) / 1_000_000));
    }

    /**
     * Writes {@code <inbox>/<UAI>/EmploiDuTemps.xml} for each demo establishment, dated {@code now}; the collège's
     * file holds one course of an unknown division when {@code withFault}, which the replication rejects.
     */
    public static void deposit(Path inbox, long seed, LocalDateTime now, boolean withFault) {
        for (Plan plan : plans(seed, DemoScale.DEMO, now.toLocalDate())) {
            String uai = plan.establishment().getUai().value();
            try {
                Path target = Files.createDirectories(inbox.resolve(uai));
                Path file = target.resolve(FILE);
                Path partial = target.resolve(DropZoneFiles.TEMPORARY_PREFIX + FILE);
                try (Writer writer = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(partial),
                        StandardCharsets.UTF_8))) {
                    XmlOut out = new XmlOut(writer, StandardCharsets.UTF_8.newEncoder(), "UTF-8");
                    write(out, plan, ExportOptions.current(now.withNano(0)),
                            withFault && DemoExports.COLLEGE.equals(uai));
                    out.finish();
                }
                Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                throw new UncheckedIOException("Écriture de l'emploi du temps de " + uai + " impossible", e);
            }
        }
    }

    /** The plans of every establishment the generator makes at {@code scale}. */
    static List<Plan> plans(long seed, DemoScale scale, LocalDate today) {
        List<Plan> plans = new ArrayList<>();
        new DemoDataGenerator(seed, scale, today, ExportSink.noAccounts()).generate(new EntitySink() {
            private EstablishmentData current;

            @Override
            public void persist(Object entity) {
                if (entity instanceof Establishment establishment) {
                    current = new EstablishmentData(establishment);
                } else if (current != null && (entity instanceof Division || entity instanceof TeachingGroup)) {
                    current.add(entity);
                }
            }

            @Override
            public void establishmentDone() {
                if (current != null) {
                    plans.add(plan(current, seed, today));
                    current = null;
                }
            }
        });
        return plans;
    }

    static Plan plan(EstablishmentData data, long seed, LocalDate today) {
        boolean college = data.establishment.getKind() == EstablishmentKind.COLLEGE;
        Random random = new Random(seed * 17 + data.uai().hashCode());
        Teachers teachers = new Teachers(data, seed);
        int startYear = DemoDataGenerator.startYearOf(today);
        LocalDate from = LocalDate.of(startYear, 9, 1);
        LocalDate to = LocalDate.of(startYear + 1, 7, 4);
        List<Slot> week = week(college);
        List<PlannedCourse> courses = new ArrayList<>();
        Map<String, List<TeachingGroup>> groupsByLevel = data.groups.stream().collect(Collectors.groupingBy(
                g -> g.getCode().substring(0, g.getCode().indexOf('_')), LinkedHashMap::new, Collectors.toList()));
        Map<String, List<Slot>> freeByLevel = new HashMap<>();
        for (Map.Entry<String, List<TeachingGroup>> level : groupsByLevel.entrySet()) {
            // the level's groups take periods of the afternoons, the same for every division of the level; the two
            // LV2 and the specialities go in pairs (« barrettes »): a pupil chooses one of each pair
            List<Slot> free = new ArrayList<>(week);
            Map<String, List<Slot>> bands = new HashMap<>();
            int offset = Math.floorMod(level.getKey().hashCode(), 3);
            int taken = 0;
            for (TeachingGroup group : level.getValue()) {
                Subject subject = Subjects.ofGroup(group);
                int periods = (int) Math.round(Double.parseDouble(subject.hours()));
                List<Slot> band = bands.computeIfAbsent(band(subject), b -> new ArrayList<>());
                for (int p = 0; p < periods; p++) {
                    if (p == band.size()) {
                        Slot slot = afternoonSlot(free, offset + taken++ * 2);
                        free.remove(slot);
                        band.add(slot);
                    }
                    Slot slot = band.get(p);
                    course(courses, group, subject, teacherOf(teachers.groupServices.get(group)),
                            languageRoom(group, college), slot, Alternation.EVERY_WEEK, from, to);
                }
            }
            freeByLevel.put(level.getKey(), free);
        }
        int d = 0;
        for (Division division : data.divisions) {
            String level = groupsByLevel.keySet().stream().filter(l -> division.getCode().startsWith(l)).findFirst()
                    .orElseThrow();
            List<Slot> free = new ArrayList<>(freeByLevel.get(level));
            Map<Subject, String> teacherBySubject = new LinkedHashMap<>();
            for (Service service : teachers.divisionServices.get(division)) {
                teacherBySubject.put(service.subject(), name(service.teacher()));
            }
            String room = (college ? "S" : "B") + (101 + d++);
            // EPS in two-hour blocks first: they need two periods in a row
            int blocks = college ? 2 : 1;
            for (int b = 0; b < blocks; b++) {
                Slot first = pairStart(free, random);
                Slot second = free.get(free.indexOf(first) + 1);
                free.remove(first);
                free.remove(second);
                course(courses, division, Subjects.EPS, teacherBySubject.get(Subjects.EPS), "Gymnase",
                        new Slot(first.day(), first.start(), second.end()), Alternation.EVERY_WEEK, from, to);
            }
            List<Subject> units = new ArrayList<>();
            for (Subject subject : Subjects.core(data.establishment.getKind())) {
                if (subject == Subjects.EPS) {
                    continue;
                }
                int periods = college && subject == Subjects.ANGLAIS ? 4
                        : (int) Math.floor(Double.parseDouble(subject.hours()) + (college ? 0 : 0.5));
                for (int p = 0; p < periods; p++) {
                    units.add(subject);
                }
            }
            if (college) {
                units.add(Subjects.FRANCAIS);
            }
            // three quarters of the mornings first, then the afternoons, then the last mornings: full mornings, a few
            // afternoon lessons, and the odd free period as real timetables have
            List<Slot> mornings = new ArrayList<>(free.stream().filter(slot -> slot.start() < 810).toList());
            List<Slot> afternoons = new ArrayList<>(free.stream().filter(slot -> slot.start() >= 810).toList());
            java.util.Collections.shuffle(mornings, random);
            java.util.Collections.shuffle(afternoons, random);
            int kept = mornings.size() * 3 / 4;
            free = new ArrayList<>(mornings.subList(0, kept));
            free.addAll(afternoons);
            free.addAll(mornings.subList(kept, mornings.size()));
            for (Subject subject : units) {
                Slot slot = free.remove(0);
                course(courses, division, subject, teacherBySubject.get(subject), roomOf(subject, room),
                        slot, Alternation.EVERY_WEEK, from, to);
            }
            if (college) {
                // the half hours of SVT and physique-chimie: one period in alternate weeks
                Slot shared = free.remove(0);
                course(courses, division, Subjects.SVT, teacherBySubject.get(Subjects.SVT), "Labo 1",
                        shared, Alternation.WEEK_A, from, to);
                course(courses, division, Subjects.PHYSIQUE, teacherBySubject.get(Subjects.PHYSIQUE),
                        "Labo 2", shared, Alternation.WEEK_B, from, to);
            }
        }
        List<PlannedChange> changes = changes(data, courses, today, random);
        return new Plan(data.establishment, List.copyOf(courses), changes);
    }

    /**
     * A few changes in the current and the coming weeks, for every division: a room change this week, a course
     * cancelled next week, a course moved the week after (another day, same time) and a session added next week.
     */
    private static List<PlannedChange> changes(EstablishmentData data, List<PlannedCourse> courses, LocalDate today,
                                               Random random) {
        List<PlannedChange> changes = new ArrayList<>();
        LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        for (int d = 0; d < data.divisions.size(); d++) {
            Division division = data.divisions.get(d);
            List<PlannedCourse> own = courses.stream().filter(c -> c.structure() == division).toList();
            PlannedCourse roomChange = own.get(random.nextInt(own.size()));
            held(roomChange, monday).ifPresent(date -> changes.add(new PlannedChange(changeId(changes), roomChange,
                    null, null, CourseChange.moved(roomChange.course(), date, null, null, "CDI",
                            "Salle indisponible (travaux)"))));
            PlannedCourse cancelled = own.get(random.nextInt(own.size()));
            held(cancelled, monday.plusWeeks(1)).ifPresent(date -> changes.add(new PlannedChange(changeId(changes),
                    cancelled, null, null, CourseChange.cancelled(cancelled.course(), date, "Professeur absent"))));
            PlannedCourse moved = own.get(random.nextInt(own.size()));
            held(moved, monday.plusWeeks(2)).ifPresent(date -> {
                LocalDate to = date.getDayOfWeek() == DayOfWeek.FRIDAY ? date.minusDays(1) : date.plusDays(1);
                changes.add(new PlannedChange(changeId(changes), moved, null, null, CourseChange.moved(moved.course(),
                        date, to, 1045, null, "Sortie pédagogique de la classe")));
            });
            PlannedCourse maths = own.stream().filter(c -> c.subject() == Subjects.MATHS).findFirst().orElseThrow();
            changes.add(new PlannedChange(changeId(changes), null, division, Subjects.MATHS,
                    CourseChange.added(Subjects.MATHS.edition(), maths.course().teachers(),
                            monday.plusWeeks(1).plusDays(2), 600, 720, "Salle polyvalente", "Devoir commun")));
        }
        return List.copyOf(changes);
    }

    /** The date the course is held in the week of {@code monday}, if it is (week A/B). */
    private static java.util.Optional<LocalDate> held(PlannedCourse course, LocalDate monday) {
        LocalDate date = monday.plusDays(course.course().day().getValue() - 1L);
        return course.course().heldOn(date) ? java.util.Optional.of(date) : java.util.Optional.empty();
    }

    private static String changeId(List<PlannedChange> changes) {
        return String.format("M%05d", changes.size() + 1);
    }

    private static List<Slot> week(boolean college) {
        List<Slot> slots = new ArrayList<>();
        for (DayOfWeek day : DAYS) {
            for (int[] period : MORNING) {
                slots.add(new Slot(day, period[0], period[1]));
            }
            if (day == DayOfWeek.WEDNESDAY) {
                continue;
            }
            for (int p = 0; p < (college ? 3 : AFTERNOON.length); p++) {
                slots.add(new Slot(day, AFTERNOON[p][0], AFTERNOON[p][1]));
            }
        }
        return slots;
    }

    /** The pair of groups taught at the same time: the two LV2, two pairs of specialities; otherwise alone. */
    private static String band(Subject subject) {
        if (subject == Subjects.ESPAGNOL || subject == Subjects.ALLEMAND) {
            return "LV2";
        } else if (subject == Subjects.MATHS || subject == Subjects.SES) {
            return "SPE1";
        } else if (subject == Subjects.PHYSIQUE || subject == Subjects.HGGSP) {
            return "SPE2";
        }
        return subject.code();
    }

    /** An afternoon period still free, the {@code n}-th one counted round the week's afternoons. */
    private static Slot afternoonSlot(List<Slot> free, int n) {
        List<Slot> afternoons = free.stream().filter(s -> s.start() >= 810).toList();
        return afternoons.get(Math.floorMod(n * 5, afternoons.size()));
    }

    /**
     * The first of two free periods in a row (no break between them), chosen at random: in an afternoon, where EPS
     * usually is, or in a morning when the level's groups left no afternoon pair.
     */
    private static Slot pairStart(List<Slot> free, Random random) {
        List<Slot> afternoons = new ArrayList<>();
        List<Slot> any = new ArrayList<>();
        for (int i = 0; i + 1 < free.size(); i++) {
            if (free.get(i).day() == free.get(i + 1).day() && free.get(i).end() == free.get(i + 1).start()) {
                any.add(free.get(i));
                if (free.get(i).start() >= 810) {
                    afternoons.add(free.get(i));
                }
            }
        }
        List<Slot> starts = afternoons.isEmpty() ? any : afternoons;
        return starts.get(random.nextInt(starts.size()));
    }

    private static PlannedCourse course(List<PlannedCourse> courses, Object structure, Subject subject,
                                        String teacher, String room, Slot slot, Alternation alternation,
                                        LocalDate from, LocalDate to) {
        String id = String.format("C%05d", courses.size() + 1);
        WeeklyCourse course = new WeeklyCourse(courses.size() + 1L, subject.edition(), teacher, room, slot.day(),
                slot.start(), slot.end(), alternation, from, to);
        PlannedCourse planned = new PlannedCourse(id, structure, subject, course);
        courses.add(planned);
        return planned;
    }

    private static String teacherOf(List<Service> services) {
        return services.isEmpty() ? null : name(services.get(0).teacher());
    }

    static String name(Teacher teacher) {
        return (teacher.woman ? "Mme " : "M. ") + teacher.lastName;
    }

    private static String roomOf(Subject subject, String room) {
        return subject == Subjects.SVT || subject == Subjects.PHYSIQUE || subject == Subjects.SCIENTIFIQUE
                ? "Labo 1" : room;
    }

    private static String languageRoom(TeachingGroup group, boolean college) {
        return (college ? "L" : "C") + (1 + Math.floorMod(group.getCode().hashCode(), 6));
    }

    private static String key(Object structure) {
        return structure instanceof Division d ? "D" + d.getCode() : "G" + ((TeachingGroup) structure).getCode();
    }

    /** The file (TS_EMPLOI_DU_TEMPS 1.0): header, weekly courses, then changes. */
    static void write(XmlOut out, Plan plan, ExportOptions options, boolean withFault) {
        out.start("TS_EMPLOI_DU_TEMPS").attribute("VERSION", "1.0");
        ExportFiles.parameters(out, plan.establishment().getUai().value(), options);
        out.start("DONNEES");
        out.start("COURS_HEBDOMADAIRES");
        for (PlannedCourse planned : plan.courses()) {
            WeeklyCourse course = planned.course();
            out.start("COURS").attribute("ID", planned.id());
            out.element(planned.structure() instanceof Division ? "DIVISION" : "GROUPE", planned.structureCode());
            subject(out, planned.subject(), course.teachers(), planned);
            out.element("SALLE", course.room());
            out.element("JOUR", String.valueOf(course.day().getValue()));
            out.element("HEURE_DEBUT", time(course.start()));
            out.element("HEURE_FIN", time(course.end()));
            out.element("ALTERNANCE", course.alternation().code());
            out.element("DATE_DEBUT", ExportFiles.date(course.validFrom()));
            out.element("DATE_FIN", ExportFiles.date(course.validTo()));
            out.end();
        }
        if (withFault) {
            PlannedCourse first = plan.courses().get(0);
            out.start("COURS").attribute("ID", "C99999");
            out.element("DIVISION", UNKNOWN_DIVISION);
            subject(out, first.subject(), first.course().teachers(), first);
            out.element("JOUR", "1");
            out.element("HEURE_DEBUT", "08:00");
            out.element("HEURE_FIN", "08:55");
            out.element("ALTERNANCE", "H");
            out.element("DATE_DEBUT", ExportFiles.date(first.course().validFrom()));
            out.element("DATE_FIN", ExportFiles.date(first.course().validTo()));
            out.end();
        }
        out.end();
        out.start("MODIFICATIONS");
        for (PlannedChange planned : plan.changes()) {
            CourseChange change = planned.change();
            out.start("MODIFICATION").attribute("ID", planned.id()).attribute("TYPE", switch (change.kind()) {
                case CANCELLED -> "ANNULATION";
                case MOVED -> "DEPLACEMENT";
                case ADDED -> "AJOUT";
            });
            if (change.kind() == ChangeKind.ADDED) {
                out.element(planned.structure() instanceof Division ? "DIVISION" : "GROUPE",
                        planned.structure() instanceof Division d ? d.getCode()
                                : ((TeachingGroup) planned.structure()).getCode());
                out.element("CODE_MATIERE", planned.subject().code());
                out.element("LIBELLE_MATIERE", change.subjectLabel());
                if (change.teachers() != null) {
                    out.start("ENSEIGNANTS");
                    out.element("ENSEIGNANT", change.teachers());
                    out.end();
                }
            } else {
                out.element("COURS_ID", planned.course().id());
                out.element("DATE_COURS", ExportFiles.date(change.courseDate()));
            }
            out.element("DATE", ExportFiles.date(change.sessionDate()));
            out.element("HEURE_DEBUT", change.start() == null ? null : time(change.start()));
            out.element("HEURE_FIN", change.end() == null ? null : time(change.end()));
            out.element("SALLE", change.room());
            out.element("MOTIF", change.note());
            out.end();
        }
        out.end();
        out.end();
        out.end();
    }

    private static void subject(XmlOut out, Subject subject, String teacher, PlannedCourse planned) {
        out.element("CODE_MATIERE", subject.code());
        out.element("LIBELLE_MATIERE", planned.course().subjectLabel());
        if (teacher != null) {
            out.start("ENSEIGNANTS");
            out.element("ENSEIGNANT", teacher);
            out.end();
        }
    }

    static String time(int minutes) {
        return String.format("%02d:%02d", minutes / 60, minutes % 60);
    }
}

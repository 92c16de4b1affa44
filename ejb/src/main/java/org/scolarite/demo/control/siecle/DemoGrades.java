package org.scolarite.demo.control.siecle;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.scolarite.demo.control.siecle.Subjects.Subject;
import org.scolarite.demo.control.siecle.Teachers.Service;
import org.scolarite.demo.control.siecle.Teachers.Teacher;
import org.scolarite.people.entity.Student;
import org.scolarite.structure.entity.Division;
import org.scolarite.structure.entity.SchoolPeriod;
import org.scolarite.structure.entity.TeachingGroup;

/**
 * A school year of assessments and grades for one establishment, from the rentrée to {@code today}: for every
 * division's core subjects and every group, two or three assessments a month on school days (holidays skipped), set
 * by the teacher of the service ({@link Teachers}, the STS export's), coefficient 1 to 3, « sur 20 » or « sur 10 »,
 * entered a few days later (none after today), most with a teacher's publication date; each pupil has a level of his
 * own, so his grades look like one pupil's; a few ABS, N.NOT and DIS (EPS). The same seed and day always give the
 * same year: the seeding ({@link DemoGradesSeeding}) and the {@code Notes.xml} export ({@link NotesWriter}) share it.
 */
final class DemoGrades {

    record Mark(Student pupil, BigDecimal value, String status) {
    }

    record Assessment(String id, Division division, TeachingGroup group, String periodCode, Subject subject,
                      Teacher teacher, String label, LocalDate assessedOn, int coefficient, int outOf,
                      LocalDate publishedOn, LocalDate enteredOn, List<Mark> marks) {
    }

    /** School holidays of the demo académie (zone B), by their first and last day. */
    private static final List<MonthDay[]> HOLIDAYS = List.of(
            new MonthDay[] {MonthDay.of(10, 18), MonthDay.of(11, 2)},
            new MonthDay[] {MonthDay.of(12, 20), MonthDay.of(12, 31)},
            new MonthDay[] {MonthDay.of(1, 1), MonthDay.of(1, 4)},
            new MonthDay[] {MonthDay.of(2, 14), MonthDay.of(3, 1)},
            new MonthDay[] {MonthDay.of(4, 11), MonthDay.of(4, 26)});

    private static final Map<String, List<String>> TOPICS = Map.ofEntries(
            Map.entry(Subjects.FRANCAIS.code(), List.of("Dictée", "Rédaction", "Lecture analytique",
                    "Grammaire : les propositions", "Conjugaison", "Expression écrite", "Récitation")),
            Map.entry(Subjects.MATHS.code(), List.of("Fractions", "Calcul littéral", "Équations",
                    "Géométrie : triangles", "Proportionnalité", "Statistiques", "Fonctions", "Calcul mental")),
            Map.entry(Subjects.HISTOIRE.code(), List.of("La Révolution française", "Croquis de synthèse",
                    "Repères chronologiques", "Étude de document", "Enseignement moral et civique")),
            Map.entry(Subjects.ANGLAIS.code(), List.of("Compréhension orale", "Vocabulary test", "Expression écrite",
                    "Irregular verbs", "Oral presentation")),
            Map.entry(Subjects.SVT.code(), List.of("La cellule", "Compte rendu de TP", "Le corps humain",
                    "Écosystèmes")),
            Map.entry(Subjects.PHYSIQUE.code(), List.of("Les états de la matière", "Compte rendu de TP",
                    "Circuits électriques", "Masse et volume")),
            Map.entry(Subjects.EPS.code(), List.of("Course de demi-fond", "Badminton", "Gymnastique", "Natation",
                    "Handball")),
            Map.entry(Subjects.SCIENTIFIQUE.code(), List.of("Projet expérimental", "Le Soleil, notre source "
                    + "d'énergie", "Une histoire du vivant")),
            Map.entry(Subjects.SES.code(), List.of("Dissertation", "Étude de document", "Mobilisation des "
                    + "connaissances")),
            Map.entry(Subjects.HGGSP.code(), List.of("Dissertation", "Analyse de documents")),
            Map.entry(Subjects.ESPAGNOL.code(), List.of("Comprensión oral", "Vocabulario", "Expresión escrita")),
            Map.entry(Subjects.ALLEMAND.code(), List.of("Hörverstehen", "Wortschatz", "Schriftlicher Ausdruck")),
            Map.entry(Subjects.LATIN.code(), List.of("Version", "Déclinaisons", "Civilisation romaine")),
            Map.entry(Subjects.CHORALE.code(), List.of("Interprétation", "Pose de voix")));

    private static final List<String> KINDS = List.of("Contrôle", "Interrogation", "Devoir maison", "Évaluation");

    private DemoGrades() {
    }

    static List<Assessment> of(EstablishmentData data, Teachers teachers, long seed, LocalDate today) {
        Random random = new Random(seed * 17 + data.uai().hashCode());
        Map<Student, Double> levels = new IdentityHashMap<>();
        for (Student pupil : data.students) {
            levels.put(pupil, 8.5 + new Random(seed + pupil.getSourceId().hashCode()).nextDouble() * 8.5);
        }
        Map<Division, List<SchoolPeriod>> periods = new IdentityHashMap<>();
        data.periods.forEach(p -> periods.computeIfAbsent(p.getDivision(), d -> new ArrayList<>()).add(p));
        List<SchoolPeriod> anyDivisionPeriods = data.periods.isEmpty() ? List.of()
                : periods.get(data.periods.get(0).getDivision());
        int[] next = {100001};
        List<Assessment> all = new ArrayList<>();
        for (Map.Entry<Division, List<Service>> entry : teachers.divisionServices.entrySet()) {
            Division division = entry.getKey();
            List<Student> pupils = data.students.stream().filter(s -> s.getDivision() == division).toList();
            for (Service service : entry.getValue()) {
                year(all, random, next, levels, division, null, periods.getOrDefault(division, List.of()), service,
                        pupils, today);
            }
        }
        for (Map.Entry<TeachingGroup, List<Service>> entry : teachers.groupServices.entrySet()) {
            TeachingGroup group = entry.getKey();
            List<Student> pupils = data.students.stream().filter(s -> s.getGroups().contains(group)).toList();
            for (Service service : entry.getValue()) {
                year(all, random, next, levels, null, group, anyDivisionPeriods, service, pupils, today);
            }
        }
        return all;
    }

    private static void year(List<Assessment> all, Random random, int[] next, Map<Student, Double> levels,
                             Division division, TeachingGroup group, List<SchoolPeriod> periods, Service service,
                             List<Student> pupils, LocalDate today) {
        if (pupils.isEmpty() || periods.isEmpty()) {
            return;
        }
        LocalDate start = periods.stream().map(SchoolPeriod::getStartsOn).min(Comparator.naturalOrder()).orElseThrow();
        Subject subject = service.subject();
        List<String> topics = TOPICS.getOrDefault(subject.code(), List.of("Évaluation"));
        for (YearMonth month = YearMonth.from(start); !month.atDay(1).isAfter(today); month = month.plusMonths(1)) {
            int count = 2 + random.nextInt(2);
            for (int i = 0; i < count; i++) {
                LocalDate day = schoolDay(month, random);
                if (day == null) {
                    continue;
                }
                LocalDate entered = day.plusDays(1 + random.nextInt(6));
                SchoolPeriod period = periods.stream().filter(p -> p.contains(day)).findFirst().orElse(null);
                if (period == null || entered.isAfter(today)) {
                    continue;
                }
                boolean eps = subject == Subjects.EPS;
                int outOf = eps || random.nextInt(4) > 0 ? 20 : 10;
                int weight = random.nextInt(20);
                int coefficient = weight < 10 ? 1 : weight < 17 ? 2 : 3;
                String kind = KINDS.get(random.nextInt(KINDS.size()));
                String label = kind + " : " + topics.get(random.nextInt(topics.size()));
                LocalDate published = random.nextInt(10) < 7 ? entered.plusDays(random.nextInt(4)) : null;
                List<Mark> marks = new ArrayList<>();
                for (Student pupil : pupils) {
                    marks.add(mark(random, levels.get(pupil), pupil, outOf, eps));
                }
                all.add(new Assessment(String.valueOf(next[0]++), division, group, period.getCode(), subject,
                        service.teacher(), label, day, coefficient, outOf, published, entered, List.copyOf(marks)));
            }
        }
    }

    private static Mark mark(Random random, double level, Student pupil, int outOf, boolean eps) {
        int draw = random.nextInt(100);
        if (draw < 4) {
            return new Mark(pupil, null, "ABS");
        }
        if (draw < 5) {
            return new Mark(pupil, null, "NNOT");
        }
        if (eps && draw < 8) {
            return new Mark(pupil, null, "DIS");
        }
        double on20 = Math.max(0, Math.min(20, level + random.nextGaussian() * 2.8));
        double scaled = Math.round(on20 * outOf / 20.0 * 2) / 2.0;   // to the half point, as teachers grade
        return new Mark(pupil, BigDecimal.valueOf(scaled).setScale(2, RoundingMode.UNNECESSARY), null);
    }

    /** A weekday of the month outside the holidays; null when the draw falls on none (a short month of holidays). */
    private static LocalDate schoolDay(YearMonth month, Random random) {
        for (int attempt = 0; attempt < 10; attempt++) {
            LocalDate day = month.atDay(1 + random.nextInt(month.lengthOfMonth()));
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY
                    && !inHolidays(day)) {
                return day;
            }
        }
        return null;
    }

    private static boolean inHolidays(LocalDate day) {
        MonthDay md = MonthDay.from(day);
        return HOLIDAYS.stream().anyMatch(h -> !md.isBefore(h[0]) && !md.isAfter(h[1]));
    }
}

package org.scolarite.demo.control.siecle;

import jakarta.persistence.EntityManager;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.logging.Logger;
import org.scolarite.demo.control.DemoDataGenerator;
import org.scolarite.demo.control.DemoScale;
import org.scolarite.demo.control.EntitySink;
import org.scolarite.demo.control.siecle.Subjects.Subject;
import org.scolarite.people.entity.Guardian;
import org.scolarite.people.entity.GuardianLink;
import org.scolarite.people.entity.Student;
import org.scolarite.replication.control.BulkInsert;
import org.scolarite.replication.control.DropZoneFiles;
import org.scolarite.replication.control.IdBlocks;
import org.scolarite.replication.control.feed.LslFeed;
import org.scolarite.replication.control.feed.LsuFeed;
import org.scolarite.replication.entity.LslExamRecord;
import org.scolarite.replication.entity.LslSchoolingRecord;
import org.scolarite.replication.entity.LslYearRecord;
import org.scolarite.replication.entity.LsuCycleRecord;
import org.scolarite.replication.entity.LsuReportRecord;
import org.scolarite.reportbook.entity.SocleComponent;
import org.scolarite.structure.entity.Division;
import org.scolarite.structure.entity.EstablishmentKind;
import org.scolarite.structure.entity.SchoolPeriod;
import org.scolarite.structure.entity.TeachingGroup;

/**
 * The demo's report books (R-LSL-1, R-LSU-1), the same from one seed whether seeded into the database at first start
 * ({@link #seed}) or written as the feeds {@code TS_LIVRET_CP3E} and {@code TS_LIVRET_LYCEE} into the drop zone
 * ({@link #deposit}), so that « Lancer la réplication » finds them unchanged:
 * <ul>
 * <li>collèges: each pupil's periodic reports for the periods of his division already ended, with the teachers of
 * the STS export, and the end-of-cycle assessment of his last completed cycle (cycle 2 for a 6e, from his primary
 * school; cycle 3 for the others);</li>
 * <li>lycées: Première pupils have this year's LSL year, Terminale pupils last year's Première and this year's
 * Terminale, the opinion for the examination with the distribution over the establishment's Terminale; both have
 * their schooling since 6e.</li>
 * </ul>
 * One deliberate fault per file, only in the files: a periodic report for a period the division does not have
 * (collège) and a year of the book for an unknown pupil (lycée), rejected with their reason by the replication.
 * Drawn from its own random source per pupil: the demo data's is not touched.
 */
public final class ReportBookDemo {

    private static final Logger LOG = Logger.getLogger(ReportBookDemo.class.getName());

    public static final String LSU_FILE = "LivretScolaireCP3e.xml";
    public static final String LSL_FILE = "LivretScolaireLycee.xml";

    /** One establishment's books, in the feeds' records; {@code faults} only go into the file. */
    record SchoolBooks(String uai, boolean college, List<Object> records, List<Object> faults,
                       Map<String, SchoolPeriod> periods) {
    }

    private static final String[] POSITIONED = {
        "Des difficultés importantes ; les bases doivent être reprises avec méthode.",
        "Des acquis encore fragiles : un travail plus régulier permettra de progresser.",
        "Bon travail, sérieux et régulier ; les objectifs sont atteints.",
        "Excellent travail, rigoureux et approfondi ; une participation constructive."};
    private static final String[] GENERAL = {
        "Trimestre difficile : il faut s'investir davantage et demander de l'aide sans attendre.",
        "Des efforts à poursuivre ; l'organisation du travail personnel doit s'améliorer.",
        "Trimestre satisfaisant : élève sérieux(se) et impliqué(e) ; continuez ainsi.",
        "Très bon trimestre : félicitations du conseil de classe pour ce travail remarquable."};
    private static final String[] SYNTHESIS = {
        "Des acquis insuffisants dans plusieurs domaines ; un accompagnement personnalisé est conseillé.",
        "Des acquis fragiles mais des progrès réels au cours du cycle.",
        "Les compétences du cycle sont acquises de façon satisfaisante.",
        "Une très bonne maîtrise des compétences du cycle ; élève autonome et curieux(se)."};
    private static final String[] ENGAGEMENT = {
        "Élève discret(e) ; participation ponctuelle à la vie du lycée.",
        "Élève impliqué(e) dans la vie de la classe, à l'écoute de ses camarades.",
        "Délégué(e) de classe investi(e) et membre actif(ve) du conseil de la vie lycéenne.",
        "Engagement remarquable : éco-délégué(e), tutorat d'élèves de Seconde, association sportive."};
    private static final String[] HEAD = {
        "Doit fournir un travail plus soutenu pour aborder l'examen avec sérénité.",
        "Parcours sérieux ; des résultats solides qui permettent d'aborder l'examen avec confiance.",
        "Excellent parcours, mené avec constance et maturité."};

    /** Where the lycée's pupils were in collège: the demo's own collège most often. */
    private static final String[][] COLLEGES = {{"Collège Jean Moulin", "Caen"}, {"Collège Jean Moulin", "Caen"},
        {"Collège Jean Moulin", "Caen"}, {"Collège Létot", "Bayeux"}, {"Collège Marcel Gambier", "Lisieux"},
        {"Collège Guillaume de Normandie", "Caen"}, {"Collège Jacques Prévert", "Falaise"}};

    private ReportBookDemo() {
    }

    /** Writes each establishment's feed into {@code <inbox>/<UAI>/}, dated {@code now}, complete or not at all. */
    public static void deposit(Path inbox, long seed, LocalDateTime now) {
        for (SchoolBooks books : generate(seed, now.toLocalDate())) {
            Path target = inbox.resolve(books.uai());
            String name = books.college() ? LSU_FILE : LSL_FILE;
            Path file = target.resolve(name);
            Path partial = target.resolve(DropZoneFiles.TEMPORARY_PREFIX + name);
            try {
                Files.createDirectories(target);
                try (Writer writer = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(partial),
                        ExportOptions.ISO_8859_15))) {
                    XmlOut out = new XmlOut(writer, ExportOptions.ISO_8859_15.newEncoder(), "ISO-8859-15");
                    ReportBookWriter.write(out, books, now);
                    out.finish();
                }
                Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /**
     * Writes the books into the database of a freshly seeded demo (its pupils found by their source ids) with JDBC
     * batches, on the entity manager's connection, in its transaction; the digests are the feeds' own.
     */
    public static void seed(EntityManager em, long seed, LocalDateTime now) {
        long start = System.nanoTime();
        em.flush();
        try {
            seed(em.unwrap(Connection.class), seed, now);
            LOG.info(() -> String.format("Livrets scolaires de démonstration créés en %d ms",
                    (System.nanoTime() - start) / 1_000_000));
        } catch (SQLException e) {
            throw new IllegalStateException("Livrets scolaires de démonstration non créés", e);
        }
    }

    static void seed(Connection connection, long seed, LocalDateTime now) throws SQLException {
        IdBlocks ids = new IdBlocks(connection);
        BulkInsert reports = new BulkInsert("lsu_period_report", "id", "establishment_id", "source_id", "student_id",
                "school_year", "period_code", "period_label", "period_end", "general_appreciation", "school_life",
                "source_hash", "replicated_at");
        BulkInsert entries = new BulkInsert("lsu_subject_entry", "report_id", "rank_number", "subject_code",
                "subject_label", "teacher", "positioning", "programme", "appreciation");
        BulkInsert cycles = new BulkInsert("lsu_cycle_assessment", "id", "establishment_id", "source_id", "student_id",
                "cycle", "school_year", "synthesis", "source_hash", "replicated_at");
        BulkInsert levels = new BulkInsert("lsu_socle_level", "assessment_id", "component", "level");
        BulkInsert years = new BulkInsert("lsl_year", "id", "establishment_id", "source_id", "student_id",
                "school_year", "level_code", "engagement", "source_hash", "replicated_at");
        BulkInsert disciplines = new BulkInsert("lsl_discipline", "year_id", "rank_number", "book_group",
                "subject_code", "subject_label", "teacher", "student_average", "group_average", "appreciation");
        BulkInsert competences = new BulkInsert("lsl_competence", "year_id", "discipline_rank", "rank_number",
                "label", "level");
        BulkInsert exams = new BulkInsert("lsl_exam_opinion", "id", "establishment_id", "source_id", "student_id",
                "school_year", "opinion", "head_observation", "series_label", "very_favourable_count",
                "favourable_count", "prove_count", "source_hash", "replicated_at");
        BulkInsert schooling = new BulkInsert("lsl_schooling", "id", "establishment_id", "source_id", "student_id",
                "school_year_count", "source_hash", "replicated_at");
        BulkInsert schoolingYears = new BulkInsert("lsl_schooling_year", "schooling_id", "school_year",
                "class_label", "establishment_name", "town");
        for (SchoolBooks books : generate(seed, now.toLocalDate())) {
            long establishment;
            Map<String, Long> students = new HashMap<>();
            try (PreparedStatement select = connection.prepareStatement("SELECT e.id, s.source_id, s.id FROM "
                    + "establishment e JOIN student s ON s.establishment_id = e.id WHERE e.uai = ?")) {
                select.setString(1, books.uai());
                try (ResultSet rows = select.executeQuery()) {
                    establishment = 0;
                    while (rows.next()) {
                        establishment = rows.getLong(1);
                        students.put(rows.getString(2), rows.getLong(3));
                    }
                }
            }
            for (Object record : books.records()) {
                if (record instanceof LsuReportRecord r) {
                    long student = students.get(r.pupilId());
                    SchoolPeriod period = books.periods().get(r.pupilId() + "|" + r.periodCode());
                    long id = ids.next("report_book_seq");
                    reports.add(id, establishment, r.sourceId(), student, r.schoolYear(), r.periodCode(),
                            period.getLabel(), period.getEndsOn(), r.generalAppreciation(), r.schoolLife(),
                            LsuFeed.reportHash(student, r, period.getLabel(), period.getEndsOn()),
                            earlier(period.getEndsOn().plusDays(9).atTime(2, 0), now));
                    int rank = 0;
                    for (LsuReportRecord.Subject s : r.subjects()) {
                        entries.add(id, ++rank, s.code(), s.label(), s.teacher(), s.positioning(), s.programme(),
                                s.appreciation());
                    }
                } else if (record instanceof LsuCycleRecord c) {
                    long student = students.get(c.pupilId());
                    long id = ids.next("report_book_seq");
                    cycles.add(id, establishment, c.sourceId(), student, c.cycle(), c.schoolYear(), c.synthesis(),
                            LsuFeed.cycleHash(student, c), earlier(LocalDate.of(c.schoolYear() + 1, 7, 3)
                                    .atTime(2, 0), now));
                    for (LsuCycleRecord.Level l : c.levels()) {
                        levels.add(id, l.component(), l.level());
                    }
                } else if (record instanceof LslYearRecord y) {
                    long student = students.get(y.pupilId());
                    long id = ids.next("report_book_seq");
                    years.add(id, establishment, y.sourceId(), student, y.schoolYear(), y.level(), y.engagement(),
                            LslFeed.yearHash(student, y), earlier(LocalDate.of(y.schoolYear() + 1, 7, 3).atTime(2, 0),
                                    now.minusDays(3)));
                    int rank = 0;
                    for (LslYearRecord.Teaching t : y.teachings()) {
                        rank++;
                        disciplines.add(id, rank, t.group(), t.code(), t.label(), t.teacher(), t.studentAverage(),
                                t.groupAverage(), t.appreciation());
                        int competenceRank = 0;
                        for (LslYearRecord.Competence c : t.competences()) {
                            competences.add(id, rank, ++competenceRank, c.label(), c.level());
                        }
                    }
                } else if (record instanceof LslExamRecord e) {
                    long student = students.get(e.pupilId());
                    exams.add(ids.next("report_book_seq"), establishment, e.sourceId(), student, e.schoolYear(),
                            e.opinion(), e.headObservation(), e.seriesLabel(), e.veryFavourable(), e.favourable(),
                            e.toProve(), LslFeed.examHash(student, e), now.minusDays(2));
                } else if (record instanceof LslSchoolingRecord h) {
                    long student = students.get(h.pupilId());
                    long id = ids.next("report_book_seq");
                    schooling.add(id, establishment, h.pupilId(), student, h.years().size(),
                            LslFeed.schoolingHash(student, h), now.minusDays(3));
                    for (LslSchoolingRecord.Year year : h.years()) {
                        schoolingYears.add(id, year.schoolYear(), year.classLabel(), year.establishment(),
                                year.town());
                    }
                }
            }
        }
        for (BulkInsert insert : List.of(reports, entries, cycles, levels, years, disciplines, competences, exams,
                schooling, schoolingYears)) {
            insert.flush(connection);
        }
    }

    private static LocalDateTime earlier(LocalDateTime a, LocalDateTime b) {
        return a.isBefore(b) ? a : b;
    }

    /** The books of the demo académie at {@code DemoScale.DEMO}, establishment by establishment. */
    static List<SchoolBooks> generate(long seed, LocalDate today) {
        List<SchoolBooks> all = new ArrayList<>();
        int startYear = DemoDataGenerator.startYearOf(today);
        new DemoDataGenerator(seed, DemoScale.DEMO, today, new DemoDataGenerator.AccountPlanner() {
            @Override
            public void studentEnrolled(Student student, boolean showcase, EntitySink sink) {
                // no accounts: only the pupils and their structures are read
            }

            @Override
            public void guardianLinked(GuardianLink link, boolean showcase, EntitySink sink) {
                // no accounts either
            }
        }).generate(new EntitySink() {
            private EstablishmentData data;
            private final Map<Division, List<SchoolPeriod>> periods = new LinkedHashMap<>();

            @Override
            public void persist(Object entity) {
                if (entity instanceof org.scolarite.structure.entity.Establishment establishment) {
                    data = new EstablishmentData(establishment);
                    periods.clear();
                } else if (entity instanceof SchoolPeriod period) {
                    periods.computeIfAbsent(period.getDivision(), d -> new ArrayList<>()).add(period);
                } else if (data != null && !(entity instanceof Guardian)) {
                    data.add(entity);
                }
            }

            @Override
            public void establishmentDone() {
                if (data != null) {
                    all.add(new Books(data, periods, seed, today, startYear).build());
                    data = null;
                }
            }
        });
        return all;
    }

    /** The books of one establishment. */
    private static final class Books {

        private final EstablishmentData data;
        private final Map<Division, List<SchoolPeriod>> periods;
        private final long seed;
        private final LocalDate today;
        private final int startYear;
        private final Teachers teachers;
        private final List<Object> records = new ArrayList<>();
        private final List<Object> faults = new ArrayList<>();
        private final Map<String, SchoolPeriod> byPupil = new HashMap<>();

        Books(EstablishmentData data, Map<Division, List<SchoolPeriod>> periods, long seed, LocalDate today,
              int startYear) {
            this.data = data;
            this.periods = periods;
            this.seed = seed;
            this.today = today;
            this.startYear = startYear;
            this.teachers = new Teachers(data, seed);
        }

        SchoolBooks build() {
            boolean college = data.establishment.getKind() == EstablishmentKind.COLLEGE;
            if (college) {
                for (Student student : data.students) {
                    college(student);
                }
                // on the second pupil: the showcase pupil's book stays clean
                Student second = data.students.get(1);
                faults.add(new LsuReportRecord(null, "B" + second.getSourceId() + "T9", second.getSourceId(), startYear,
                        "T9", "Bilan d'une période que la division n'a pas.", null, List.of(new LsuReportRecord
                        .Subject(Subjects.FRANCAIS.code(), Subjects.FRANCAIS.edition(), null, 3, null, null))));
            } else {
                lycee();
            }
            return new SchoolBooks(data.uai(), college, records, faults, byPupil);
        }

        private Random random(Student student) {
            return new Random(seed * 31 + data.uai().hashCode() * 17L + student.getSourceId().hashCode());
        }

        /** How the pupil does, 0 (struggling) to 3 (excellent), drawn once per pupil. */
        private static int ability(Random random) {
            int draw = random.nextInt(100);
            return draw < 10 ? 0 : draw < 35 ? 1 : draw < 80 ? 2 : 3;
        }

        private static int around(Random random, int ability) {
            return Math.max(0, Math.min(3, ability + random.nextInt(3) - 1));
        }

        private void college(Student student) {
            Random random = random(student);
            int ability = ability(random);
            int grade = Integer.parseInt(student.getDivision().getCode().substring(0, 1)); // 6, 5, 4, 3
            for (SchoolPeriod period : periods.getOrDefault(student.getDivision(), List.of())) {
                if (!period.getEndsOn().isBefore(today)) {
                    continue;
                }
                byPupil.put(student.getSourceId() + "|" + period.getCode(), period);
                List<LsuReportRecord.Subject> subjects = new ArrayList<>();
                int sum = 0;
                for (Teachers.Service service : services(student)) {
                    int level = around(random, ability);
                    sum += level;
                    Subject subject = service.subject();
                    subjects.add(new LsuReportRecord.Subject(subject.code(), subject.edition(),
                            teacher(service.teacher()), level + 1, programme(subject, grade), POSITIONED[level]));
                }
                int absences = random.nextInt(100) < 60 ? 0 : 1 + random.nextInt(6);
                int late = random.nextInt(4);
                String schoolLife = absences + (absences > 1 ? " demi-journées" : " demi-journée") + " d'absence"
                        + (absences == 0 ? "" : " (" + (absences - random.nextInt(absences + 1)) + " justifiée(s))")
                        + ", " + late + (late > 1 ? " retards." : " retard.");
                records.add(new LsuReportRecord(null, "B" + student.getSourceId() + period.getCode(),
                        student.getSourceId(), startYear, period.getCode(), GENERAL[Math.round((float) sum
                        / subjects.size())], schoolLife, subjects));
            }
            int cycle = grade == 6 ? 2 : 3;
            int year = grade == 6 ? startYear - 2 : startYear - (7 - grade);
            List<LsuCycleRecord.Level> levels = new ArrayList<>();
            int sum = 0;
            for (SocleComponent component : SocleComponent.values()) {
                int level = around(random, ability);
                sum += level;
                levels.add(new LsuCycleRecord.Level(component.name(), level + 1));
            }
            records.add(new LsuCycleRecord(null, "C" + student.getSourceId() + cycle, student.getSourceId(), cycle,
                    year, SYNTHESIS[sum / SocleComponent.values().length], levels));
        }

        /** The pupil's subjects and teachers: his division's core, then his groups' options. */
        private List<Teachers.Service> services(Student student) {
            List<Teachers.Service> services = new ArrayList<>(teachers.divisionServices.getOrDefault(
                    student.getDivision(), List.of()));
            for (TeachingGroup group : data.groups) {
                if (student.getGroups().contains(group)) {
                    services.addAll(teachers.groupServices.getOrDefault(group, List.of()));
                }
            }
            return services;
        }

        private static String teacher(Teachers.Teacher teacher) {
            return (teacher.woman ? "Mme " : "M. ") + teacher.lastName;
        }

        private void lycee() {
            List<Student> premiere = new ArrayList<>();
            List<Student> terminale = new ArrayList<>();
            for (Student student : data.students) {
                String division = student.getDivision().getCode();
                if (division.startsWith("1G")) {
                    premiere.add(student);
                } else if (division.startsWith("TG")) {
                    terminale.add(student);
                }
            }
            for (Student student : premiere) {
                Random random = random(student);
                int ability = ability(random);
                records.add(year(student, random, ability, startYear, "PREMIERE"));
                records.add(schooling(student, random, 1));
            }
            List<int[]> opinions = new ArrayList<>();
            List<Student> exam = new ArrayList<>();
            for (Student student : terminale) {
                Random random = random(student);
                int ability = ability(random);
                records.add(year(student, random, ability, startYear - 1, "PREMIERE"));
                records.add(year(student, random, ability, startYear, "TERMINALE"));
                records.add(schooling(student, random, 2));
                opinions.add(new int[] {ability <= 0 ? 2 : ability == 1 ? 1 : 0});
                exam.add(student);
            }
            int[] distribution = new int[3];
            opinions.forEach(o -> distribution[o[0]]++);
            String[] codes = {"TRES_FAVORABLE", "FAVORABLE", "DOIT_FAIRE_SES_PREUVES"};
            for (int i = 0; i < exam.size(); i++) {
                int opinion = opinions.get(i)[0];
                records.add(new LslExamRecord(null, "E" + exam.get(i).getSourceId(), exam.get(i).getSourceId(),
                        startYear, codes[opinion], HEAD[2 - opinion], "Baccalauréat général",
                        distribution[0], distribution[1], distribution[2]));
            }
            faults.add(new LslYearRecord(null, "A999999" + startYear, "999999", startYear, "TERMINALE",
                    "Élève absent de l'export des élèves.", List.of()));
        }

        private LslYearRecord year(Student student, Random random, int ability, int year, String level) {
            List<LslYearRecord.Teaching> teachings = new ArrayList<>();
            List<Subject> common = List.of(Subjects.FRANCAIS, Subjects.HISTOIRE, Subjects.ANGLAIS,
                    Subjects.ESPAGNOL, Subjects.SCIENTIFIQUE, Subjects.EPS);
            List<Subject> specialities = new ArrayList<>(List.of(Subjects.MATHS, Subjects.PHYSIQUE, Subjects.SES,
                    Subjects.HGGSP));
            java.util.Collections.shuffle(specialities, random);
            List<Subject> chosen = level.equals("TERMINALE") ? specialities.subList(0, 2)
                    : specialities.subList(0, 3);
            Division division = student.getDivision();
            for (Subject subject : common) {
                teachings.add(teaching("COMMUN", subject, random, ability, division, year));
            }
            for (Subject subject : chosen) {
                teachings.add(teaching("SPECIALITE", subject, random, ability, division, year));
            }
            if (random.nextInt(100) < 20) {
                teachings.add(teaching("OPTIONNEL", Subjects.LATIN, random, ability, division, year));
            }
            return new LslYearRecord(null, "A" + student.getSourceId() + year, student.getSourceId(), year, level,
                    ENGAGEMENT[around(random, ability)], teachings);
        }

        private LslYearRecord.Teaching teaching(String group, Subject subject, Random random, int ability,
                                                Division division, int year) {
            int level = around(random, ability);
            BigDecimal average = BigDecimal.valueOf(6 + level * 3.2 + random.nextInt(40) / 10.0)
                    .setScale(2, RoundingMode.HALF_UP);
            Random groupRandom = new Random(seed + division.getCode().hashCode() * 7L + subject.code().hashCode()
                    + year);
            BigDecimal groupAverage = BigDecimal.valueOf(10.5 + groupRandom.nextInt(30) / 10.0)
                    .setScale(2, RoundingMode.HALF_UP);
            List<LslYearRecord.Competence> competences = new ArrayList<>();
            for (String competence : competences(subject)) {
                competences.add(new LslYearRecord.Competence(competence, around(random, level) + 1));
            }
            return new LslYearRecord.Teaching(group, subject.code(), subject.edition(),
                    teacherOf(division, subject), average, groupAverage, POSITIONED[level], competences);
        }

        /** The division's teacher of a core subject, else one of the subject's teachers (specialities, options). */
        private String teacherOf(Division division, Subject subject) {
            for (Teachers.Service service : teachers.divisionServices.getOrDefault(division, List.of())) {
                if (service.subject() == subject) {
                    return teacher(service.teacher());
                }
            }
            for (List<Teachers.Service> services : teachers.groupServices.values()) {
                for (Teachers.Service service : services) {
                    if (service.subject() == subject) {
                        return teacher(service.teacher());
                    }
                }
            }
            return null;
        }

        /** Since 6e: collège years in a collège of the académie, Seconde (and Première) in this lycée. */
        private LslSchoolingRecord schooling(Student student, Random random, int yearsInLycee) {
            List<LslSchoolingRecord.Year> years = new ArrayList<>();
            String[] origin = COLLEGES[random.nextInt(COLLEGES.length)];
            String[] classes = {"6e", "5e", "4e", "3e", "Seconde générale et technologique", "Première générale",
                    "Terminale générale"};
            int current = 4 + yearsInLycee;
            for (int i = 0; i <= current; i++) {
                int year = startYear - current + i;
                boolean inCollege = i < 4;
                years.add(new LslSchoolingRecord.Year(year, classes[i], inCollege ? origin[0]
                        : data.establishment.getName(), inCollege ? origin[1] : data.establishment.getAddress()
                        .getCity()));
            }
            return new LslSchoolingRecord(null, student.getSourceId(), years);
        }

        private static List<String> competences(Subject subject) {
            return switch (subject.code()) {
                case "020700" -> List.of("Analyser et interpréter un texte", "Construire une argumentation écrite",
                        "S'exprimer à l'oral de façon claire et organisée");
                case "040300" -> List.of("Maîtriser des repères chronologiques et spatiaux",
                        "Analyser un document", "Construire une argumentation historique ou géographique");
                case "030201", "030602" -> List.of("Compréhension de l'écrit et de l'oral",
                        "Expression écrite", "Expression orale en continu et en interaction");
                case "061300" -> List.of("Chercher, modéliser", "Raisonner, démontrer", "Calculer, communiquer");
                case "061800", "063300" -> List.of("Pratiquer une démarche scientifique",
                        "Réaliser une expérience et analyser ses résultats", "Communiquer");
                case "076700" -> List.of("Mobiliser des connaissances", "Analyser des données statistiques",
                        "Construire une argumentation");
                case "043900" -> List.of("Analyser une situation géopolitique", "Conduire une démarche critique");
                case "100100" -> List.of("Réaliser une performance motrice", "S'engager dans un projet collectif");
                default -> List.of("Comprendre et traduire un texte", "Situer une œuvre dans son contexte");
            };
        }

        private static String programme(Subject subject, int grade) {
            boolean cycle3 = grade == 6;
            return switch (subject.code()) {
                case "020700" -> cycle3 ? "Le conte et ses fonctions ; lecture suivie d'un récit d'aventures ; "
                        + "la phrase simple." : "Se raconter, se représenter ; étude d'une pièce de théâtre ; "
                        + "les propositions subordonnées.";
                case "061300" -> cycle3 ? "Nombres décimaux, fractions ; périmètres et aires ; proportionnalité."
                        : "Calcul littéral ; théorème de Pythagore ; statistiques et probabilités.";
                case "040300" -> cycle3 ? "La longue histoire de l'humanité ; habiter une métropole."
                        : "L'Europe et le monde au XIXe siècle ; l'urbanisation du monde.";
                case "030201" -> "Se présenter, parler de ses goûts ; le présent simple et le prétérit ; "
                        + "compréhension de documents courts.";
                case "062900" -> "Le vivant et son évolution ; la nutrition des êtres vivants.";
                case "061800" -> "Organisation et transformations de la matière ; les circuits électriques.";
                case "100100" -> "Course de demi-fond ; sports collectifs (handball) ; gymnastique.";
                case "030602", "030402" -> "Se présenter ; décrire son environnement ; le présent de l'indicatif.";
                case "020200" -> "La mythologie gréco-romaine ; premières déclinaisons.";
                default -> "Pratique vocale collective ; répertoire du spectacle de fin d'année.";
            };
        }
    }
}

package org.scolarite.demo.control;

import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.text.Normalizer;
import org.scolarite.people.entity.Guardian;
import org.scolarite.people.entity.GuardianLink;
import org.scolarite.people.entity.Ine;
import org.scolarite.people.entity.LegalRank;
import org.scolarite.people.entity.Sex;
import org.scolarite.people.entity.Student;
import org.scolarite.structure.entity.Academy;
import org.scolarite.structure.entity.Division;
import org.scolarite.structure.entity.Establishment;
import org.scolarite.structure.entity.EstablishmentKind;
import org.scolarite.structure.entity.Mef;
import org.scolarite.structure.entity.PostalAddress;
import org.scolarite.structure.entity.SchoolPeriod;
import org.scolarite.structure.entity.SchoolYear;
import org.scolarite.structure.entity.TeachingGroup;
import org.scolarite.structure.entity.Uai;

/**
 * Deterministic demo data, written through the domain: an académie, its collèges (6e–3e) and lycées (2nde–Tle),
 * divisions per MEF, groups, pupils and their families as real school files have them — two-parent and
 * single-parent families, tutors, siblings sharing guardians, families with children in a collège and a lycée
 * (each establishment then has its own record of the same person, as in SIECLE), most guardians with an e-mail,
 * households sharing an address. The same seed always gives the same data; {@link DemoScale} sets the size.
 */
public class DemoDataGenerator {

    /**
     * Called for every pupil and every (guardian, pupil) link, to pre-create accounts (R-ACC-1). {@code showcase}
     * marks the documented demo family (Claire Durand, Léa at the first collège, Hugo at the first lycée), whose
     * accounts must be usable with the README's password.
     */
    public interface AccountPlanner {
        void studentEnrolled(Student student, boolean showcase, EntitySink sink);

        void guardianLinked(GuardianLink link, boolean showcase, EntitySink sink);
    }

    private record Level(String mef, String label, String edition, String mefstat, String divisionPrefix,
                         int age) {
    }

    private static final List<Level> COLLEGE_LEVELS = List.of(
            new Level("10010012110", "6EME", "SIXIEME", "21110010012", "6", 11),
            new Level("10110001110", "5EME", "CINQUIEME", "21210010011", "5", 12),
            new Level("10210001110", "4EME", "QUATRIEME", "21310010011", "4", 13),
            new Level("10310019110", "3EME", "TROISIEME", "21410010019", "3", 14));

    private static final List<Level> LYCEE_LEVELS = List.of(
            new Level("20010018110", "2NDE GENERALE ET TECHNOLOGIQUE", "SECONDE GT", "23110010018", "2NDE", 15),
            new Level("20111010110", "1ERE GENERALE", "PREMIERE GENERALE", "23210010011", "1G", 16),
            new Level("20211010110", "TERMINALE GENERALE", "TERMINALE GENERALE", "23310010011", "TG", 17));

    private static final List<String> COLLEGE_GROUPS = List.of("LV2 ESPAGNOL", "LV2 ALLEMAND", "LATIN", "CHORALE");
    private static final List<String> LYCEE_GROUPS = List.of("SPE MATHS", "SPE PHYSIQUE", "SPE SES", "SPE HGGSP",
            "OPTION LATIN", "LV2 ESPAGNOL");
    private static final int DIVISION_SIZE = 26;

    private final Random random;
    private final DemoScale scale;
    private final LocalDate today;
    private final AccountPlanner accounts;
    private final Map<String, Mef> mefs = new LinkedHashMap<>();
    /** Households with a child in the last collège who also have one in the next lycée. */
    private final List<Household> crossSchoolHouseholds = new ArrayList<>();
    private long nextIne = 1;

    public DemoDataGenerator(long seed, DemoScale scale, LocalDate today, AccountPlanner accounts) {
        this.random = new Random(seed);
        this.scale = scale;
        this.today = today;
        this.accounts = accounts;
    }

    /** The school year containing {@code today}: it starts on 1 September. */
    public static int startYearOf(LocalDate today) {
        return today.getMonthValue() >= Month.AUGUST.getValue() ? today.getYear() : today.getYear() - 1;
    }

    public Academy generate(EntitySink sink) {
        Academy academy = new Academy("NORMANDIE", "Académie de Normandie", "http://localhost:8080/");
        sink.persist(academy);
        int startYear = startYearOf(today);
        sink.persist(new SchoolYear(academy, startYear, LocalDate.of(startYear, 9, 1),
                LocalDate.of(startYear + 1, 7, 4)));
        for (Level level : concat(COLLEGE_LEVELS, LYCEE_LEVELS)) {
            Mef mef = new Mef(level.mef(), level.label(), level.edition(), level.mefstat());
            mefs.put(level.mef(), mef);
            sink.persist(mef);
        }
        sink.establishmentDone();
        int lycees = 0;
        for (int i = 0; i < scale.colleges(); i++) {
            establishment(sink, academy, EstablishmentKind.COLLEGE, i, startYear);
            if (lycees < scale.lycees() && (i + 1) * scale.lycees() / scale.colleges() > lycees) {
                establishment(sink, academy, EstablishmentKind.LYCEE, lycees++, startYear);
            }
        }
        while (lycees < scale.lycees()) {
            establishment(sink, academy, EstablishmentKind.LYCEE, lycees++, startYear);
        }
        return academy;
    }

    private void establishment(EntitySink sink, Academy academy, EstablishmentKind kind, int index, int startYear) {
        boolean college = kind == EstablishmentKind.COLLEGE;
        int digits = (college ? 140070 : 141990) + index * 7;
        String name = index == 0 ? (college ? "Collège Jean Moulin" : "Lycée Marie Curie")
                : (college ? "Collège n° " : "Lycée n° ") + (index + 1);
        Establishment establishment = new Establishment(academy, Uai.fromDigits(digits), kind, name);
        String[] town = FrenchNames.TOWNS.get(index % FrenchNames.TOWNS.size());
        Uai uai = establishment.getUai();
        establishment.describe(new PostalAddress((college ? "12 " : "3 ") + pick(FrenchNames.STREETS), null,
                        town[0], town[1]), "02 31 " + twoDigits() + " " + twoDigits() + " " + twoDigits(),
                college ? "Mme Hélène Lefèvre" : "M. Jérôme Saint-Léger",
                List.of("ce." + uai.value().toLowerCase(Locale.ROOT) + "@ac-normandie.fr",
                        "vie-scolaire." + uai.value().toLowerCase(Locale.ROOT) + "@ac-normandie.fr"));
        // The demonstration collège uses every SIECLE module; the lycée does without Vie scolaire, so that the
        // catalogue shows a service held back for a missing module (R-SVC-3).
        establishment.declareSiecleProfile(true, college, college, !college);
        establishment.activateTeleservices(LocalDate.of(startYear, 9, 1), "demo");
        sink.persist(establishment);

        List<Level> levels = college ? COLLEGE_LEVELS : LYCEE_LEVELS;
        int perLevel = scale.studentsPerEstablishment() / levels.size();
        Map<Level, List<Division>> divisions = new LinkedHashMap<>();
        Map<Level, List<TeachingGroup>> groups = new LinkedHashMap<>();
        for (Level level : levels) {
            List<Division> ofLevel = new ArrayList<>();
            int count = Math.max(1, (perLevel + DIVISION_SIZE - 1) / DIVISION_SIZE);
            for (int d = 0; d < count; d++) {
                String code = level.divisionPrefix() + (college ? String.valueOf((char) ('A' + d)) : String.valueOf(d + 1));
                Division division = new Division(establishment, code, level.edition() + " " + code);
                sink.persist(division);
                periods(sink, division, college, startYear);
                ofLevel.add(division);
            }
            divisions.put(level, ofLevel);
            List<TeachingGroup> ofLevelGroups = new ArrayList<>();
            for (String group : college ? COLLEGE_GROUPS : LYCEE_GROUPS) {
                TeachingGroup g = new TeachingGroup(establishment,
                        (level.divisionPrefix() + "_" + group).replace(' ', '_'), group + " " + level.divisionPrefix());
                sink.persist(g);
                ofLevelGroups.add(g);
            }
            groups.put(level, ofLevelGroups);
        }

        Counter ids = new Counter();
        int target = scale.studentsPerEstablishment();
        int enrolled = 0;
        List<Household> returning = college ? List.of() : new ArrayList<>(crossSchoolHouseholds);
        if (college) {
            crossSchoolHouseholds.clear();
        }
        boolean showcaseDue = index == 0;
        while (enrolled < target) {
            boolean showcase = showcaseDue;
            showcaseDue = false;
            Household household = showcase ? new Household(college ? "Léa" : "Hugo")
                    : returning.isEmpty() ? new Household() : returning.remove(0);
            Map<Household.Member, Guardian> guardians = new LinkedHashMap<>();
            for (Household.Member member : household.members) {
                Guardian guardian = new Guardian(establishment, String.valueOf(ids.nextPerson()), member.civility,
                        member.lastName, member.firstName);
                guardian.contactDetails(household.address, member.email, household.homePhone, member.mobile, null);
                guardian.profession(member.profession);
                sink.persist(guardian);
                guardians.put(member, guardian);
            }
            int children = showcase || random.nextInt(100) >= 18 ? 1 : 2;
            for (int c = 0; c < children && enrolled < target; c++) {
                Level level = levels.get(showcase ? 0 : random.nextInt(levels.size()));
                Student student = student(establishment, ids, household, level, divisions.get(level),
                        groups.get(level), startYear);
                sink.persist(student);
                accounts.studentEnrolled(student, showcase, sink);
                enrolled++;
                for (Map.Entry<Household.Member, Guardian> entry : guardians.entrySet()) {
                    Household.Member member = entry.getKey();
                    GuardianLink link = new GuardianLink(student, entry.getValue(), member.rank, member.relationship);
                    sink.persist(link);
                    accounts.guardianLinked(link, showcase, sink);
                }
            }
            if (college && random.nextInt(100) < 5) {
                crossSchoolHouseholds.add(household);
            }
        }
        sink.establishmentDone();
    }

    private Student student(Establishment establishment, Counter ids, Household household, Level level,
                            List<Division> divisions, List<TeachingGroup> groups, int startYear) {
        Sex sex = household.showcaseChild != null ? (household.showcaseChild.equals("Léa") ? Sex.FEMALE : Sex.MALE)
                : random.nextBoolean() ? Sex.FEMALE : Sex.MALE;
        String firstName = household.showcaseChild != null ? household.showcaseChild
                : pick(sex == Sex.FEMALE ? FrenchNames.FEMALE : FrenchNames.MALE);
        LocalDate birth = LocalDate.of(startYear - level.age(), 1, 1).plusDays(random.nextInt(365));
        Student student = new Student(establishment, String.valueOf(ids.nextStudent()), household.familyName,
                firstName, birth, sex);
        student.identify(Ine.of(String.format(Locale.ROOT, "%010d", nextIne++) + (char) ('A' + random.nextInt(26))),
                String.valueOf(ids.students + 1000), null, null);
        String[] town = FrenchNames.TOWNS.get(random.nextInt(FrenchNames.TOWNS.size()));
        student.bornIn(town[1], town[2], "100");
        Set<TeachingGroup> chosen = new HashSet<>();
        for (TeachingGroup group : groups) {
            if (random.nextInt(100) < 30) {
                chosen.add(group);
            }
        }
        String regime = switch (random.nextInt(10)) {
            case 0, 1, 2 -> "0";
            case 3 -> "3";
            default -> "2";
        };
        student.enrol(mefs.get(level.mef()), divisions.get(random.nextInt(divisions.size())), chosen, regime,
                LocalDate.of(startYear, 9, 1));
        student.contactDetails(household.address, null, household.homePhone, null);
        return student;
    }

    /** A family: its name, address and the persons in charge (légal 1, légal 2, sometimes another contact). */
    private final class Household {

        private record Member(String civility, String firstName, String lastName, LegalRank rank,
                              String relationship, String email, String mobile, String profession) {
        }

        private final String familyName;
        private final PostalAddress address;
        private final String homePhone;
        private final List<Member> members = new ArrayList<>();
        /** First name of the showcase family's child in this establishment, null for ordinary households. */
        private final String showcaseChild;

        /** The documented demo family: Claire Durand, single parent, one child in each first establishment. */
        Household(String child) {
            familyName = "Durand";
            showcaseChild = child;
            address = new PostalAddress("8 rue Écuyère", null, "14000", "CAEN");
            homePhone = null;
            members.add(new Member("MME", "Claire", "Durand", LegalRank.FIRST, "10", "claire.durand@example.org",
                    "06 12 34 56 78", "37"));
        }

        Household() {
            showcaseChild = null;
            familyName = pick(FrenchNames.FAMILY);
            String[] town = pick(FrenchNames.TOWNS);
            address = new PostalAddress((1 + random.nextInt(120)) + " " + pick(FrenchNames.STREETS),
                    random.nextInt(10) == 0 ? "Bâtiment " + (char) ('A' + random.nextInt(4)) : null, town[0], town[1]);
            homePhone = random.nextInt(3) == 0 ? "02 31 " + twoDigits() + " " + twoDigits() + " " + twoDigits() : null;
            int shape = random.nextInt(100);
            if (shape < 70) {
                boolean motherFirst = random.nextInt(100) < 60;
                Member mother = adult("MME", "10", motherFirst ? LegalRank.FIRST : LegalRank.SECOND);
                Member father = adult("M.", "20", motherFirst ? LegalRank.SECOND : LegalRank.FIRST);
                members.add(motherFirst ? mother : father);
                members.add(motherFirst ? father : mother);
            } else if (shape < 95) {
                members.add(random.nextBoolean() ? adult("MME", "10", LegalRank.FIRST) : adult("M.", "20", LegalRank.FIRST));
            } else {
                members.add(adult(random.nextBoolean() ? "MME" : "M.", "50", LegalRank.FIRST));
            }
            if (random.nextInt(100) < 10) {
                members.add(adult("MME", "38", LegalRank.OTHER));
            }
        }

        private Member adult(String civility, String relationship, LegalRank rank) {
            boolean woman = civility.equals("MME");
            String first = pick(woman ? FrenchNames.ADULT_FEMALE : FrenchNames.ADULT_MALE);
            String last = relationship.equals("50") || relationship.equals("38") || random.nextInt(100) < 15
                    ? pick(FrenchNames.FAMILY) : familyName;
            String email = random.nextInt(100) < 85 ? mailbox(first, last) : null;
            String mobile = random.nextInt(100) < 90 ? (random.nextBoolean() ? "06 " : "07 ") + twoDigits() + " "
                    + twoDigits() + " " + twoDigits() + " " + twoDigits() : null;
            return new Member(civility, first, last, rank, relationship, email, mobile,
                    pick(List.of("23", "33", "37", "43", "46", "47", "52", "54", "56", "62", "69", "81")));
        }
    }

    private String mailbox(String first, String last) {
        String local = fold(first) + "." + fold(last) + (random.nextInt(4) == 0 ? String.valueOf(random.nextInt(90) + 10) : "");
        return local + "@" + pick(List.of("example.org", "example.com", "example.net"));
    }

    private static String fold(String name) {
        return Normalizer.normalize(name.replace("œ", "oe").replace("Œ", "Oe"), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").replaceAll("[^A-Za-z-]", "").toLowerCase(Locale.ROOT);
    }

    private String twoDigits() {
        return String.format(Locale.ROOT, "%02d", random.nextInt(100));
    }

    private <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /** Source identifiers are per establishment, as SIECLE's ELEVE_ID and PERSONNE_ID are. */
    /** Collèges grade by trimester, the demonstration lycée by semester: both kinds of period are shown. */
    private static void periods(EntitySink sink, Division division, boolean college, int startYear) {
        LocalDate rentree = LocalDate.of(startYear, 9, 1);
        LocalDate end = LocalDate.of(startYear + 1, 7, 4);
        if (college) {
            LocalDate second = LocalDate.of(startYear, 12, 1);
            LocalDate third = LocalDate.of(startYear + 1, 3, 1);
            sink.persist(new SchoolPeriod(division, "T1", "1er trimestre", rentree, second.minusDays(1)));
            sink.persist(new SchoolPeriod(division, "T2", "2e trimestre", second, third.minusDays(1)));
            sink.persist(new SchoolPeriod(division, "T3", "3e trimestre", third, end));
        } else {
            LocalDate second = LocalDate.of(startYear + 1, 2, 1);
            sink.persist(new SchoolPeriod(division, "S1", "1er semestre", rentree, second.minusDays(1)));
            sink.persist(new SchoolPeriod(division, "S2", "2e semestre", second, end));
        }
    }

    private static final class Counter {
        private int students;
        private int persons;

        int nextStudent() {
            return 100000 + ++students;
        }

        int nextPerson() {
            return 500000 + ++persons;
        }
    }
}

package org.scolarite.demo.control.siecle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scolarite.demo.control.siecle.ExportSinkTest.COLLEGE;
import static org.scolarite.demo.control.siecle.ExportSinkTest.LYCEE;
import static org.scolarite.demo.control.siecle.ExportSinkTest.NOW;
import static org.scolarite.demo.control.siecle.ExportSinkTest.SEED;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scolarite.demo.control.DemoDataGenerator;
import org.scolarite.demo.control.DemoScale;
import org.scolarite.people.entity.Guardian;
import org.scolarite.people.entity.GuardianLink;
import org.scolarite.people.entity.Student;
import org.scolarite.replication.control.SourceReader;
import org.scolarite.replication.control.siecle.ExportArchive;
import org.scolarite.replication.control.siecle.SiecleExports;
import org.scolarite.replication.entity.FileFailure;
import org.scolarite.replication.entity.GuardianshipRecord;
import org.scolarite.replication.entity.MefRecord;
import org.scolarite.replication.entity.PersonRecord;
import org.scolarite.replication.entity.PupilRecord;
import org.scolarite.replication.entity.Rejection;
import org.scolarite.replication.entity.SourceItem;
import org.scolarite.replication.entity.StaffMemberRecord;
import org.scolarite.replication.entity.StructureRecord;
import org.scolarite.replication.entity.SubjectRecord;
import org.scolarite.structure.entity.TeachingGroup;

/**
 * Round trip (R-REPL-2): the generated exports read back by the replication's readers ({@link SiecleExports}) give
 * exactly the records of the seeded demo data, and each fault gives the reader's rejection or file failure.
 */
class SiecleRoundTripTest {

    private static List<Object> seeded;

    @TempDir
    Path dir;

    @BeforeAll
    static void seed() {
        seeded = new ArrayList<>();
        new DemoDataGenerator(SEED, DemoScale.DEMO, NOW.toLocalDate(), ExportSink.noAccounts()).generate(seeded::add);
    }

    private static <T> List<T> seeded(Class<T> type, String uai, Function<T, String> uaiOf) {
        return seeded.stream().filter(type::isInstance).map(type::cast).filter(e -> uaiOf.apply(e).equals(uai))
                .toList();
    }

    static List<SourceItem> read(Path file, String uai) {
        List<SourceItem> items = new ArrayList<>();
        try (SourceReader reader = SiecleExports.open(file, uai)) {
            for (SourceItem item = reader.next(); item != null; item = reader.next()) {
                items.add(item);
            }
        }
        return items;
    }

    static <T> List<T> only(List<SourceItem> items, Class<T> type) {
        return items.stream().filter(type::isInstance).map(type::cast).toList();
    }

    @Test
    @DisplayName("R-REPL-2: clean exports read back without a rejection, pupils and guardians as seeded")
    void clean_round_trip() {
        ExportSinkTest.generate(dir, ExportOptions.current(NOW));
        for (String uai : List.of(COLLEGE, LYCEE)) {
            Path school = dir.resolve(uai);
            List<SourceItem> pupilItems = read(school.resolve("ElevesSansAdresses.xml"), uai);
            assertThat(only(pupilItems, Rejection.class)).isEmpty();
            assertThat(only(pupilItems, FileFailure.class)).isEmpty();
            Map<String, PupilRecord> pupils = only(pupilItems, PupilRecord.class).stream()
                    .collect(Collectors.toMap(PupilRecord::sourceId, Function.identity()));
            List<Student> students = seeded(Student.class, uai, s -> s.getEstablishment().getUai().value());
            assertThat(pupils).hasSameSizeAs(students);
            for (Student student : students) {
                PupilRecord pupil = pupils.get(student.getSourceId());
                assertThat(pupil.ine()).isEqualTo(student.getIne().value());
                assertThat(pupil.elenoet()).isEqualTo(student.getElenoet());
                assertThat(pupil.lastName()).isEqualTo(student.getLastName());
                assertThat(pupil.usageName()).isEqualTo(student.getUsageName());
                assertThat(pupil.firstName()).isEqualTo(student.getFirstName());
                assertThat(pupil.birthDate()).isEqualTo(student.getBirthDate());
                assertThat(pupil.sex()).isEqualTo(student.getSex());
                assertThat(pupil.mefCode()).isEqualTo(student.getMef().getCode());
                assertThat(pupil.regimeCode()).isEqualTo(student.getRegime());
                assertThat(pupil.entryDate()).isEqualTo(student.getEntryDate());
                assertThat(pupil.departureDate()).isNull();
                assertThat(pupil.divisionCode()).isEqualTo(student.getDivision().getCode());
                assertThat(pupil.groupCodes()).containsExactlyInAnyOrderElementsOf(
                        student.getGroups().stream().map(TeachingGroup::getCode).toList());
                assertThat(pupil.birthCity()).isEqualTo(student.getBirthCity());
            }

            List<SourceItem> guardianItems = read(school.resolve("ResponsablesAvecAdresses.xml"), uai);
            assertThat(only(guardianItems, Rejection.class)).isEmpty();
            assertThat(only(guardianItems, FileFailure.class)).isEmpty();
            Map<String, PersonRecord> persons = only(guardianItems, PersonRecord.class).stream()
                    .collect(Collectors.toMap(PersonRecord::sourceId, Function.identity()));
            List<Guardian> guardians = seeded(Guardian.class, uai, g -> g.getEstablishment().getUai().value());
            assertThat(persons).hasSameSizeAs(guardians);
            for (Guardian guardian : guardians) {
                PersonRecord person = persons.get(guardian.getSourceId());
                assertThat(person.lastName()).isEqualTo(guardian.getLastName());
                assertThat(person.firstName()).isEqualTo(guardian.getFirstName());
                assertThat(person.email()).isEqualTo(guardian.getEmail());
                assertThat(person.mobilePhone()).isEqualTo(guardian.getMobilePhone());
                assertThat(person.professionCode()).isEqualTo(guardian.getProfessionCode());
                assertThat(person.address().line1()).isEqualTo(guardian.getAddress().getLine1());
                assertThat(person.address().postalCode()).isEqualTo(guardian.getAddress().getPostalCode());
            }
            Map<String, GuardianshipRecord> guardianships = only(guardianItems, GuardianshipRecord.class).stream()
                    .collect(Collectors.toMap(GuardianshipRecord::pupilSourceId, Function.identity()));
            List<GuardianLink> links = seeded(GuardianLink.class, uai,
                    l -> l.getStudent().getEstablishment().getUai().value());
            assertThat(guardianships.values().stream().mapToInt(g -> g.responsibilities().size()).sum())
                    .isEqualTo(links.size());
            for (GuardianLink link : links) {
                assertThat(guardianships.get(link.getStudent().getSourceId()).responsibilities())
                        .filteredOn(r -> r.personSourceId().equals(link.getGuardian().getSourceId()))
                        .singleElement().satisfies(r -> {
                            assertThat(r.legalRank()).as("légal 1 / légal 2 derived").isEqualTo(link.getLegalRank());
                            assertThat(r.relationship()).isEqualTo(link.getRelationship());
                        });
            }

            List<SourceItem> nomenclature = read(school.resolve("Nomenclature.xml"), uai);
            assertThat(only(nomenclature, Rejection.class)).isEmpty();
            assertThat(only(nomenclature, MefRecord.class)).extracting(MefRecord::code)
                    .containsAll(students.stream().map(s -> s.getMef().getCode()).distinct().toList());
            assertThat(only(nomenclature, SubjectRecord.class)).extracting(SubjectRecord::code)
                    .containsExactlyInAnyOrderElementsOf(Subjects.ALL.stream().map(Subjects.Subject::code).toList());

            List<SourceItem> sts = read(school.resolve("sts_emp_" + uai + "_2026.xml"), uai);
            assertThat(only(sts, Rejection.class)).isEmpty();
            assertThat(only(sts, FileFailure.class)).isEmpty();
            List<StructureRecord> divisions = only(sts, StructureRecord.class).stream().filter(StructureRecord::division)
                    .toList();
            assertThat(divisions).extracting(StructureRecord::code).containsAll(
                    students.stream().map(s -> s.getDivision().getCode()).distinct().toList());
            assertThat(only(sts, StaffMemberRecord.class).stream().flatMap(t -> t.mainTeacherOf().stream()))
                    .containsExactlyInAnyOrderElementsOf(divisions.stream().map(StructureRecord::code).toList());
        }
    }

    @Test
    @DisplayName("the older variants read back the same: « avec adresses » 2.1, RESP_LEGAL, UTF-8, zipped")
    void legacy_zipped_round_trip() {
        ExportSinkTest.generate(dir, ExportOptions.current(NOW).legacy().inUtf8().zipped(true));
        Path zip = dir.resolve(LYCEE).resolve("exports_" + LYCEE + ".zip");
        assertThat(ExportArchive.isZip(zip)).isTrue();
        List<Path> files = ExportArchive.extract(zip, dir.resolve("unzipped"));
        assertThat(files).extracting(p -> p.getFileName().toString()).containsExactlyInAnyOrder(
                "ElevesAvecAdresses.xml", "ResponsablesAvecAdresses.xml", "Nomenclature.xml",
                "sts_emp_" + LYCEE + "_2026.xml");
        Path pupilsFile = files.stream().filter(p -> p.endsWith("ElevesAvecAdresses.xml")).findFirst().orElseThrow();
        List<SourceItem> pupils = read(pupilsFile, LYCEE);
        assertThat(only(pupils, Rejection.class)).isEmpty();
        List<Student> students = seeded(Student.class, LYCEE, s -> s.getEstablishment().getUai().value());
        assertThat(only(pupils, PupilRecord.class)).hasSameSizeAs(students).allSatisfy(p -> {
            assertThat(p.lastName()).isNotBlank();
            assertThat(p.address()).isNotNull();
        });
        Path guardiansFile = files.stream().filter(p -> p.endsWith("ResponsablesAvecAdresses.xml")).findFirst()
                .orElseThrow();
        List<SourceItem> guardians = read(guardiansFile, LYCEE);
        assertThat(only(guardians, Rejection.class)).isEmpty();
        List<GuardianLink> links = seeded(GuardianLink.class, LYCEE,
                l -> l.getStudent().getEstablishment().getUai().value());
        Map<String, GuardianshipRecord> guardianships = only(guardians, GuardianshipRecord.class).stream()
                .collect(Collectors.toMap(GuardianshipRecord::pupilSourceId, Function.identity()));
        for (GuardianLink link : links) {
            assertThat(guardianships.get(link.getStudent().getSourceId()).responsibilities())
                    .filteredOn(r -> r.personSourceId().equals(link.getGuardian().getSourceId()))
                    .singleElement().satisfies(r -> assertThat(r.legalRank()).isEqualTo(link.getLegalRank()));
        }
    }

    @Test
    @DisplayName("R-REPL-2: record faults are the reader's rejections and anomalies, the rest of the file is read")
    void record_faults() {
        ExportSink sink = ExportSinkTest.generate(dir, ExportOptions.current(NOW).withFaults(ExportFaults.in(COLLEGE,
                ExportFault.MISSING_BIRTH_DATE, ExportFault.THREE_LEGAL_GUARDIANS, ExportFault.EMPTY_OPTIONAL_ELEMENTS,
                ExportFault.DEPARTED_PUPIL, ExportFault.CHANGED_NAME, ExportFault.UNKNOWN_MEF)));
        Map<ExportFault, AppliedFault> faults = sink.appliedFaults().stream()
                .collect(Collectors.toMap(AppliedFault::fault, Function.identity()));
        List<SourceItem> pupilItems = read(dir.resolve(COLLEGE).resolve("ElevesSansAdresses.xml"), COLLEGE);
        Map<String, PupilRecord> pupils = only(pupilItems, PupilRecord.class).stream()
                .collect(Collectors.toMap(PupilRecord::sourceId, Function.identity()));
        String noBirth = faults.get(ExportFault.MISSING_BIRTH_DATE).key();
        assertThat(pupils).hasSize(599).doesNotContainKey(noBirth);
        assertThat(only(pupilItems, Rejection.class)).filteredOn(r -> !r.recordKept()).singleElement()
                .satisfies(r -> assertThat(r.location().key()).contains(noBirth))
                .satisfies(r -> assertThat(r.reason()).contains("DATE_NAISS"));
        assertThat(pupils.get(faults.get(ExportFault.DEPARTED_PUPIL).key()).departureDate())
                .isEqualTo(NOW.toLocalDate().minusDays(10));
        PupilRecord empty = pupils.get(faults.get(ExportFault.EMPTY_OPTIONAL_ELEMENTS).key());
        assertThat(empty.email()).isNull();
        assertThat(empty.firstName2()).isNull();
        assertThat(pupils.get(faults.get(ExportFault.CHANGED_NAME).key()).usageName())
                .isEqualTo(PupilsWriter.CHANGED_USAGE_NAME);
        assertThat(pupils.get(faults.get(ExportFault.UNKNOWN_MEF).key()).mefCode()).isEqualTo(PupilsWriter.UNKNOWN_MEF);

        List<SourceItem> guardianItems = read(dir.resolve(COLLEGE).resolve("ResponsablesAvecAdresses.xml"), COLLEGE);
        String threeLegal = faults.get(ExportFault.THREE_LEGAL_GUARDIANS).key();
        assertThat(only(guardianItems, Rejection.class)).singleElement()
                .satisfies(r -> assertThat(r.recordKept()).as("anomaly, record kept").isTrue())
                .satisfies(r -> assertThat(r.reason()).contains(GuardiansWriter.THIRD_GUARDIAN_ID));
        assertThat(only(guardianItems, GuardianshipRecord.class))
                .filteredOn(g -> g.pupilSourceId().equals(threeLegal)).singleElement()
                .satisfies(g -> assertThat(g.responsibilities()).extracting(GuardianshipRecord.Responsibility::legalRank)
                        .containsExactlyInAnyOrder(org.scolarite.people.entity.LegalRank.FIRST,
                                org.scolarite.people.entity.LegalRank.SECOND, org.scolarite.people.entity.LegalRank.OTHER));
    }

    @Test
    @DisplayName("R-REPL-2: a broken file ends with its failure and where: malformed, wrong encoding, foreign UAI")
    void file_faults() {
        ExportSink sink = ExportSinkTest.generate(dir, ExportOptions.current(NOW).withFaults(ExportFaults.in(COLLEGE,
                ExportFault.MALFORMED_XML, ExportFault.WRONG_ENCODING).and(LYCEE, ExportFault.FOREIGN_UAI)));
        Map<ExportFault, AppliedFault> faults = sink.appliedFaults().stream()
                .collect(Collectors.toMap(AppliedFault::fault, Function.identity()));

        List<SourceItem> malformed = read(dir.resolve(COLLEGE).resolve("ElevesSansAdresses.xml"), COLLEGE);
        assertThat(malformed.get(malformed.size() - 1)).isInstanceOfSatisfying(FileFailure.class,
                f -> assertThat(f.location().line()).isEqualTo(faults.get(ExportFault.MALFORMED_XML).line()));
        assertThat(only(malformed, FileFailure.class)).hasSize(1);

        List<SourceItem> encoding = read(dir.resolve(COLLEGE).resolve("ResponsablesAvecAdresses.xml"), COLLEGE);
        assertThat(encoding).last().isInstanceOf(FileFailure.class);
        assertThat(only(encoding, FileFailure.class)).hasSize(1);

        List<SourceItem> foreign = read(dir.resolve(LYCEE).resolve("ElevesSansAdresses.xml"), LYCEE);
        assertThat(foreign).singleElement().isInstanceOfSatisfying(FileFailure.class,
                f -> assertThat(f.reason()).contains(faults.get(ExportFault.FOREIGN_UAI).key()));
        // the other files of the same establishments are read as usual
        assertThat(only(read(dir.resolve(LYCEE).resolve("ResponsablesAvecAdresses.xml"), LYCEE), FileFailure.class))
                .isEmpty();
        assertThat(only(read(dir.resolve(COLLEGE).resolve("Nomenclature.xml"), COLLEGE), FileFailure.class)).isEmpty();
    }
}

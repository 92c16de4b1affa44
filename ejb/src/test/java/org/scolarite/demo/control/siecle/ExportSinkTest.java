package org.scolarite.demo.control.siecle;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scolarite.demo.control.DemoAccountPlanner;
import org.scolarite.demo.control.DemoDataGenerator;
import org.scolarite.demo.control.DemoScale;
import org.scolarite.demo.control.EntitySink;
import org.scolarite.demo.control.siecle.ExportXml.Document;
import org.scolarite.demo.control.siecle.ExportXml.Element;
import org.scolarite.people.entity.Guardian;
import org.scolarite.people.entity.Student;
import org.scolarite.replication.control.DropZoneFiles;

/** The generator writes the real export formats (SIECLE-FORMATS.md) from the very data the demo seeds (R-REPL-2). */
class ExportSinkTest {

    static final long SEED = 20260901L;
    static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 22, 10, 0);
    static final String COLLEGE = "0140070A";
    static final String LYCEE = "0141990M";

    @TempDir
    Path dir;

    static ExportSink generate(Path dir, ExportOptions options) {
        return SiecleExportGenerator.write(SEED, DemoScale.DEMO, NOW.toLocalDate(), dir, options);
    }

    @Test
    @DisplayName("R-REPL-2: an export appears in the drop zone only complete: a run starting meanwhile never takes "
            + "half a file")
    void exports_appear_complete() throws Exception {
        Map<Path, Long> sizeWhenSeen = new HashMap<>();
        Thread writer = new Thread(() -> generate(dir, ExportOptions.current(NOW)));
        writer.start();
        while (writer.isAlive()) {
            watch(sizeWhenSeen);
        }
        writer.join();
        watch(sizeWhenSeen);

        assertThat(sizeWhenSeen).hasSize(8);
        sizeWhenSeen.forEach((file, size) -> assertThat(file).as("as big when first listed as at the end")
                .hasSize(size));
        try (Stream<Path> all = Files.walk(dir)) {
            assertThat(all.filter(Files::isRegularFile).map(f -> f.getFileName().toString()))
                    .as("no temporary file left").noneMatch(name -> name.startsWith("."));
        }
    }

    /** Records the size of each export the drop zone would take, the first time it lists it. */
    private void watch(Map<Path, Long> sizeWhenSeen) throws IOException {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path file : all.filter(DropZoneFiles::isExport).toList()) {
                if (!sizeWhenSeen.containsKey(file)) {
                    try {
                        sizeWhenSeen.put(file, Files.size(file));
                    } catch (NoSuchFileException replacedMeanwhile) {
                        // listed, then gone: not taken by anyone
                    }
                }
            }
        } catch (UncheckedIOException listedWhileMoving) {
            // a directory changing under the walk: the next round lists it again
        }
    }

    @Test
    @DisplayName("R-REPL-2: each establishment gets the four exports, well-formed, roots and sections in the real order")
    void four_files_per_establishment() {
        ExportSink sink = generate(dir, ExportOptions.current(NOW));

        assertThat(sink.totals().establishments()).isEqualTo(2);
        assertThat(sink.totals().pupils()).isEqualTo(1200);
        for (String uai : List.of(COLLEGE, LYCEE)) {
            Path school = dir.resolve(uai);
            assertThat(school.resolve("ElevesSansAdresses.xml")).exists();
            Document pupils = ExportXml.read(school.resolve("ElevesSansAdresses.xml"));
            assertThat(pupils.root()).isEqualTo("BEE_ELEVES");
            assertThat(pupils.all("BEE_ELEVES").get(0).attributes()).containsEntry("VERSION", "3.0");
            assertThat(pupils.sections()).containsExactly("ELEVES", "OPTIONS", "STRUCTURES");
            assertThat(pupils.all("PARAMETRES").get(0).children()).containsEntry("UAJ", uai)
                    .containsEntry("ANNEE_SCOLAIRE", "2026").containsEntry("DATE_EXPORT", "22/11/2026")
                    .containsEntry("HORODATAGE", "22/11/2026 10:00:00");
            List<Element> eleves = pupils.all("ELEVE");
            assertThat(eleves).hasSize(600);
            assertThat(eleves).allSatisfy(e -> {
                assertThat(e.attributes()).containsKeys("ELEVE_ID", "ELENOET");
                assertThat(e.children()).containsKeys("ID_NATIONAL", "NOM_DE_FAMILLE", "PRENOM", "DATE_NAISS",
                        "CODE_SEXE", "CODE_MEF", "CODE_REGIME");
                assertThat(e.child("CODE_MEF")).hasSize(11);
                assertThat(e.child("DATE_NAISS")).matches("\\d{2}/\\d{2}/\\d{4}");
            });
            assertThat(eleves).extracting(e -> e.attributes().get("ELEVE_ID")).doesNotHaveDuplicates();
            // exactly one division per pupil, groups beside it
            assertThat(pupils.all("STRUCTURES_ELEVE")).hasSize(600);
            assertThat(pupils.all("TYPE_STRUCTURE")).isNotEmpty();
            assertThat(pupils.all("OPTIONS_ELEVE")).allSatisfy(o -> assertThat(o.child("CODE_MATIERE"))
                    .matches("\\d{6}"));

            Document guardians = ExportXml.read(school.resolve("ResponsablesAvecAdresses.xml"));
            assertThat(guardians.root()).isEqualTo("BEE_RESPONSABLES");
            assertThat(guardians.sections()).containsExactly("PERSONNES", "RESPONSABLES", "ADRESSES");
            assertThat(guardians.all("PERSONNE")).extracting(e -> e.attributes().get("PERSONNE_ID"))
                    .doesNotHaveDuplicates();
            assertThat(guardians.all("RESPONSABLE_ELEVE")).allSatisfy(r -> assertThat(r.children())
                    .containsKeys("ELEVE_ID", "PERSONNE_ID", "NIVEAU_RESPONSABILITE", "CODE_PARENTE",
                            "PAIE_FRAIS_SCOLAIRES"));
            // every address a person points at is in ADRESSES (households share one)
            List<String> addressIds = guardians.all("ADRESSE").stream().map(a -> a.attributes().get("ADRESSE_ID"))
                    .toList();
            assertThat(guardians.all("PERSONNE")).allSatisfy(p -> assertThat(addressIds).contains(p.child("ADRESSE_ID")));
            assertThat(addressIds.size()).isLessThan(guardians.all("PERSONNE").size());

            Document nomenclature = ExportXml.read(school.resolve("Nomenclature.xml"));
            assertThat(nomenclature.root()).isEqualTo("BEE_NOMENCLATURES");
            assertThat(nomenclature.sections()).containsExactly("MEFS", "MATIERES", "PROGRAMMES");
            List<String> mefs = nomenclature.all("MEF").stream().map(m -> m.attributes().get("CODE_MEF")).toList();
            assertThat(eleves).allSatisfy(e -> assertThat(mefs).contains(e.child("CODE_MEF")));
            List<String> subjects = nomenclature.all("MATIERE").stream()
                    .map(m -> m.attributes().get("CODE_MATIERE")).toList();
            assertThat(pupils.all("OPTIONS_ELEVE")).allSatisfy(o -> assertThat(subjects).contains(o.child("CODE_MATIERE")));

            Path sts = school.resolve("sts_emp_" + uai + "_2026.xml");
            Document staff = ExportXml.read(sts);
            assertThat(staff.root()).isEqualTo("STS_EDT");
            assertThat(staff.all("UAJ").get(0).attributes()).containsEntry("CODE", uai);
            assertThat(staff.all("ANNEE_SCOLAIRE").get(0).attributes()).containsEntry("ANNEE", "2026");
            assertThat(staff.sections()).containsExactly("INDIVIDUS", "STRUCTURE");
        }
    }

    @Test
    @DisplayName("sts_emp: every division has one professeur principal, its core subjects taught, by known teachers")
    void sts_services_and_main_teachers() {
        generate(dir, ExportOptions.current(NOW));
        Document staff = ExportXml.read(dir.resolve(COLLEGE).resolve("sts_emp_" + COLLEGE + "_2026.xml"));
        List<String> divisions = staff.all("DIVISION").stream().map(d -> d.attributes().get("CODE")).toList();
        assertThat(divisions).isNotEmpty();
        List<String> mainTeacherOf = staff.all("PROF_PRINC").stream().map(p -> p.child("CODE_STRUCTURE")).toList();
        assertThat(mainTeacherOf).containsExactlyInAnyOrderElementsOf(divisions);
        assertThat(staff.all("PROFS_PRINC")).allSatisfy(p -> assertThat(p.children()).hasSize(1));
        List<String> teachers = staff.all("INDIVIDU").stream().map(i -> i.attributes().get("ID")).toList();
        assertThat(staff.all("ENSEIGNANT")).allSatisfy(e -> assertThat(teachers).contains(e.attributes().get("ID")));
        assertThat(staff.all("SERVICE")).extracting(s -> s.attributes().get("CODE_MATIERE"))
                .contains(Subjects.FRANCAIS.code(), Subjects.MATHS.code(), Subjects.ESPAGNOL.code());
        // divisions + groups, each with a service
        assertThat(staff.all("SERVICES")).hasSize(staff.all("DIVISION").size() + staff.all("GROUPE").size());
        Document pupils = ExportXml.read(dir.resolve(COLLEGE).resolve("ElevesSansAdresses.xml"));
        List<String> structures = Stream.concat(staff.all("DIVISION").stream(), staff.all("GROUPE").stream())
                .map(s -> s.attributes().get("CODE")).toList();
        assertThat(pupils.all("STRUCTURE")).allSatisfy(s -> assertThat(structures).contains(s.child("CODE_STRUCTURE")));
    }

    @Test
    @DisplayName("R-REPL-2: the exports describe exactly the seeded demo data (same ids, INE, names, divisions)")
    void same_data_as_the_seeding() {
        List<Object> seeded = new ArrayList<>();
        int[] counter = {0};
        new DemoDataGenerator(SEED, DemoScale.DEMO, NOW.toLocalDate(),
                new DemoAccountPlanner(SEED, NOW, "hash", () -> "cipher-" + counter[0]++)).generate(seeded::add);
        generate(dir, ExportOptions.current(NOW));

        Document pupils = ExportXml.read(dir.resolve(COLLEGE).resolve("ElevesSansAdresses.xml"));
        Map<String, Element> byId = pupils.all("ELEVE").stream()
                .collect(Collectors.toMap(e -> e.attributes().get("ELEVE_ID"), Function.identity()));
        List<Student> students = seeded.stream().filter(Student.class::isInstance).map(Student.class::cast)
                .filter(s -> s.getEstablishment().getUai().value().equals(COLLEGE)).toList();
        assertThat(students).hasSize(600);
        assertThat(byId.keySet()).containsExactlyInAnyOrderElementsOf(students.stream().map(Student::getSourceId).toList());
        for (Student student : students) {
            Element eleve = byId.get(student.getSourceId());
            assertThat(eleve.attributes()).containsEntry("ELENOET", student.getElenoet());
            assertThat(eleve.child("ID_NATIONAL")).isEqualTo(student.getIne().value());
            assertThat(eleve.child("NOM_DE_FAMILLE")).isEqualTo(student.getLastName());
            assertThat(eleve.child("PRENOM")).isEqualTo(student.getFirstName());
            assertThat(eleve.child("DATE_NAISS")).isEqualTo(student.getBirthDate().format(ExportFiles.DATE));
            assertThat(eleve.child("CODE_MEF")).isEqualTo(student.getMef().getCode());
        }
        Map<String, String> divisions = new HashMap<>();
        List<Element> all = pupils.elements();
        String current = null;
        for (Element element : all) {
            if (element.name().equals("STRUCTURES_ELEVE")) {
                current = element.attributes().get("ELEVE_ID");
            } else if (element.name().equals("STRUCTURE") && "D".equals(element.child("TYPE_STRUCTURE"))) {
                assertThat(divisions.put(current, element.child("CODE_STRUCTURE"))).as("one division").isNull();
            }
        }
        assertThat(students).allSatisfy(s -> assertThat(divisions.get(s.getSourceId()))
                .isEqualTo(s.getDivision().getCode()));

        Document guardians = ExportXml.read(dir.resolve(COLLEGE).resolve("ResponsablesAvecAdresses.xml"));
        Map<String, Element> persons = guardians.all("PERSONNE").stream()
                .collect(Collectors.toMap(e -> e.attributes().get("PERSONNE_ID"), Function.identity()));
        List<Guardian> seededGuardians = seeded.stream().filter(Guardian.class::isInstance).map(Guardian.class::cast)
                .filter(g -> g.getEstablishment().getUai().value().equals(COLLEGE)).toList();
        assertThat(persons).hasSameSizeAs(seededGuardians);
        for (Guardian guardian : seededGuardians) {
            Element person = persons.get(guardian.getSourceId());
            assertThat(person.child("NOM_DE_FAMILLE")).isEqualTo(guardian.getLastName());
            assertThat(person.child("PRENOM")).isEqualTo(guardian.getFirstName());
            assertThat(person.child("MEL")).isEqualTo(guardian.getEmail());
            assertThat(person.child("LC_CIVILITE")).isEqualTo(guardian.getCivility());
        }
        long links = seeded.stream().filter(org.scolarite.people.entity.GuardianLink.class::isInstance)
                .map(org.scolarite.people.entity.GuardianLink.class::cast)
                .filter(l -> l.getStudent().getEstablishment().getUai().value().equals(COLLEGE)).count();
        assertThat(guardians.all("RESPONSABLE_ELEVE")).hasSize((int) links);
        // the showcase family: Léa Durand, her mother Claire légal 1, who pays the fees
        Element lea = pupils.all("ELEVE").get(0);
        assertThat(lea.child("PRENOM")).isEqualTo("Léa");
        Element claire = guardians.all("RESPONSABLE_ELEVE").stream()
                .filter(r -> r.child("ELEVE_ID").equals(lea.attributes().get("ELEVE_ID"))).findFirst().orElseThrow();
        assertThat(claire.children()).containsEntry("NIVEAU_RESPONSABILITE", "1").containsEntry("CODE_PARENTE", "10")
                .containsEntry("PAIE_FRAIS_SCOLAIRES", "1");
        assertThat(persons.get(claire.child("PERSONNE_ID")).child("PRENOM")).isEqualTo("Claire");
    }

    @Test
    @DisplayName("ISO-8859-15 as declared: accents are single bytes, œ is 0xBD, a character outside it is a reference")
    void iso_8859_15() throws Exception {
        generate(dir, ExportOptions.current(NOW));
        Path file = dir.resolve(COLLEGE).resolve("ElevesSansAdresses.xml");
        byte[] bytes = Files.readAllBytes(file);
        String head = new String(bytes, 0, 60, StandardCharsets.ISO_8859_1);
        assertThat(head).startsWith("<?xml version=\"1.0\" encoding=\"ISO-8859-15\"?>");
        assertThat(ExportXml.read(file).encoding()).isEqualTo("ISO-8859-15");
        assertThat(indexOf(bytes, "L\u00e9a".getBytes(StandardCharsets.ISO_8859_1))).isPositive();
        assertThat(indexOf(bytes, "L\u00e9a".getBytes(StandardCharsets.UTF_8))).isNegative();

        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (java.io.Writer writer = new java.io.OutputStreamWriter(out, ExportOptions.ISO_8859_15)) {
            XmlOut xml = new XmlOut(writer, ExportOptions.ISO_8859_15.newEncoder(), "ISO-8859-15");
            xml.start("R").element("NOM", "Lecœur").element("LIBELLE", "L’Éducation — 😀").end();
            xml.finish();
        }
        assertThat(indexOf(out.toByteArray(), new byte[] {'L', 'e', 'c', (byte) 0xBD, 'u', 'r'})).isPositive();
        Document document = ExportXml.read(new java.io.ByteArrayInputStream(out.toByteArray()));
        assertThat(document.all("R").get(0).children()).containsEntry("NOM", "Lecœur")
                .containsEntry("LIBELLE", "L’Éducation — 😀");
    }

    @Test
    @DisplayName("UTF-8 when asked: declared and written so")
    void utf8() throws IOException {
        generate(dir, ExportOptions.current(NOW).inUtf8());
        Path file = dir.resolve(COLLEGE).resolve("ElevesSansAdresses.xml");
        assertThat(ExportXml.read(file).encoding()).isEqualTo("UTF-8");
        assertThat(indexOf(Files.readAllBytes(file), "L\u00e9a".getBytes(StandardCharsets.UTF_8))).isPositive();
    }

    @Test
    @DisplayName("older variants: « avec adresses », BEE_ELEVES 2.1 (NOM), guardians' RESP_LEGAL form")
    void legacy_variants() {
        generate(dir, ExportOptions.current(NOW).legacy());
        Path school = dir.resolve(LYCEE);
        Document pupils = ExportXml.read(school.resolve("ElevesAvecAdresses.xml"));
        assertThat(pupils.all("BEE_ELEVES").get(0).attributes()).containsEntry("VERSION", "2.1");
        assertThat(pupils.sections()).containsExactly("ELEVES", "OPTIONS", "STRUCTURES", "ADRESSES");
        assertThat(pupils.all("ELEVE")).allSatisfy(e -> assertThat(e.children()).containsKeys("NOM", "ADRESSE_ID")
                .doesNotContainKey("NOM_DE_FAMILLE"));
        List<String> addresses = pupils.all("ADRESSE").stream().map(a -> a.attributes().get("ADRESSE_ID")).toList();
        assertThat(pupils.all("ELEVE")).allSatisfy(e -> assertThat(addresses).contains(e.child("ADRESSE_ID")));
        Document guardians = ExportXml.read(school.resolve("ResponsablesAvecAdresses.xml"));
        assertThat(guardians.all("PERSONNE")).allSatisfy(p -> assertThat(p.children()).containsKey("NOM")
                .doesNotContainKey("NOM_DE_FAMILLE"));
        assertThat(guardians.all("RESPONSABLE_ELEVE")).allSatisfy(r -> assertThat(r.children())
                .containsKey("RESP_LEGAL").doesNotContainKeys("NIVEAU_RESPONSABILITE", "CODE_PARENTE"));
        assertThat(guardians.all("RESPONSABLE_ELEVE")).extracting(r -> r.child("RESP_LEGAL"))
                .contains("1", "2", "0");
    }

    @Test
    @DisplayName("zipped: one zip per establishment holding the four exports, each parsing")
    void zipped() throws Exception {
        generate(dir, ExportOptions.current(NOW).zipped(true));
        try (Stream<Path> files = Files.list(dir.resolve(COLLEGE))) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("exports_" + COLLEGE + ".zip");
        }
        List<String> names = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(
                dir.resolve(COLLEGE).resolve("exports_" + COLLEGE + ".zip")))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                names.add(entry.getName());
                Document document = ExportXml.read(new NonClosing(zip));
                assertThat(document.root()).isIn("BEE_ELEVES", "BEE_RESPONSABLES", "BEE_NOMENCLATURES", "STS_EDT");
            }
        }
        assertThat(names).containsExactly("ElevesSansAdresses.xml", "ResponsablesAvecAdresses.xml",
                "Nomenclature.xml", "sts_emp_" + COLLEGE + "_2026.xml");
    }

    @Test
    @DisplayName("same seed, same bytes (plain and zipped); another seed, other data")
    void deterministic() throws IOException {
        for (boolean zip : List.of(false, true)) {
            ExportOptions options = ExportOptions.current(NOW).zipped(zip)
                    .withFaults(ExportFaults.in(COLLEGE, ExportFault.THREE_LEGAL_GUARDIANS, ExportFault.UNKNOWN_MEF));
            Path a = dir.resolve("a" + zip);
            Path b = dir.resolve("b" + zip);
            generate(a, options);
            generate(b, options);
            Map<String, byte[]> first = contents(a);
            Map<String, byte[]> second = contents(b);
            assertThat(first).hasSize(zip ? 2 : 8);
            assertThat(second.keySet()).isEqualTo(first.keySet());
            first.forEach((name, bytes) -> assertThat(second.get(name)).as(name).isEqualTo(bytes));
        }
        Path other = dir.resolve("other");
        SiecleExportGenerator.write(SEED + 1, DemoScale.DEMO, NOW.toLocalDate(), other, ExportOptions.current(NOW));
        assertThat(contents(other).get(COLLEGE + "/ElevesSansAdresses.xml"))
                .isNotEqualTo(contents(dir.resolve("afalse")).get(COLLEGE + "/ElevesSansAdresses.xml"));
    }

    @Test
    @DisplayName("memory bounded by one establishment: the sink forgets each once its files are written")
    void forgets_each_establishment() {
        ExportSink sink = new ExportSink(dir, SEED, ExportOptions.current(NOW));
        List<Integer> heldAfter = new ArrayList<>();
        int[] peak = {0};
        int[] biggest = {0};
        int[] sinceLast = {0};
        int[] total = {0};
        EntitySink watching = new EntitySink() {
            @Override
            public void persist(Object entity) {
                sink.persist(entity);
                sinceLast[0]++;
                total[0]++;
                peak[0] = Math.max(peak[0], sink.held());
            }

            @Override
            public void establishmentDone() {
                sink.establishmentDone();
                heldAfter.add(sink.held());
                biggest[0] = Math.max(biggest[0], sinceLast[0]);
                sinceLast[0] = 0;
            }
        };
        new DemoDataGenerator(SEED, new DemoScale(5, 2, 120), NOW.toLocalDate(), ExportSink.noAccounts())
                .generate(watching);

        assertThat(sink.totals().establishments()).isEqualTo(7);
        assertThat(heldAfter).hasSize(8).containsOnly(0);
        assertThat(peak[0]).isPositive().isLessThanOrEqualTo(biggest[0]);
        assertThat(peak[0] * 3).as("far below the académie's entities").isLessThan(total[0]);
    }

    static Map<String, byte[]> contents(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            Map<String, byte[]> out = new java.util.TreeMap<>();
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                out.put(root.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
            }
            return Collections.unmodifiableMap(out);
        }
    }

    static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /** Lets the parser read one zip entry without closing the archive. */
    private static final class NonClosing extends java.io.FilterInputStream {
        NonClosing(InputStream in) {
            super(in);
        }

        @Override
        public void close() {
            // the next entry follows
        }
    }
}

package org.scolarite.demo.control.siecle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.scolarite.demo.control.siecle.ExportSinkTest.COLLEGE;
import static org.scolarite.demo.control.siecle.ExportSinkTest.LYCEE;
import static org.scolarite.demo.control.siecle.ExportSinkTest.NOW;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.xml.stream.XMLStreamException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.scolarite.demo.control.siecle.ExportXml.Document;
import org.scolarite.demo.control.siecle.ExportXml.Element;
import org.scolarite.structure.entity.Uai;

/**
 * Each fault the replication must survive (issue 6 « Bad input and faults », R-REPL-2) is produced on demand, alone,
 * at the place it says, and the same data without it is clean.
 */
class ExportFaultsTest {

    @TempDir
    static Path shared;
    private static Document cleanPupils;
    private static Document cleanGuardians;

    @TempDir
    Path dir;

    @BeforeAll
    static void clean() {
        ExportSinkTest.generate(shared, ExportOptions.current(NOW));
        cleanPupils = ExportXml.read(shared.resolve(COLLEGE).resolve("ElevesSansAdresses.xml"));
        cleanGuardians = ExportXml.read(shared.resolve(COLLEGE).resolve("ResponsablesAvecAdresses.xml"));
    }

    private AppliedFault only(ExportFault fault) {
        ExportSink sink = ExportSinkTest.generate(dir, ExportOptions.current(NOW)
                .withFaults(ExportFaults.in(COLLEGE, fault)));
        List<AppliedFault> applied = sink.appliedFaults();
        assertThat(applied).extracting(AppliedFault::fault).containsOnly(fault);
        assertThat(applied).extracting(AppliedFault::uai).containsOnly(COLLEGE);
        return applied.get(0);
    }

    private Document pupils() {
        return ExportXml.read(dir.resolve(COLLEGE).resolve("ElevesSansAdresses.xml"));
    }

    private Document guardians() {
        return ExportXml.read(dir.resolve(COLLEGE).resolve("ResponsablesAvecAdresses.xml"));
    }

    private static Map<String, Element> byId(List<Element> elements, String attribute) {
        return elements.stream().collect(Collectors.toMap(e -> e.attributes().get(attribute), Function.identity(),
                (a, b) -> a));
    }

    @ParameterizedTest
    @EnumSource(ExportFault.class)
    @DisplayName("R-REPL-2: a fault asked for one establishment leaves the other's files identical to clean ones")
    void other_establishment_untouched(ExportFault fault) throws Exception {
        ExportSinkTest.generate(dir, ExportOptions.current(NOW).withFaults(ExportFaults.in(COLLEGE, fault)));
        Map<String, byte[]> faulty = ExportSinkTest.contents(dir.resolve(LYCEE));
        Map<String, byte[]> clean = ExportSinkTest.contents(shared.resolve(LYCEE));
        assertThat(faulty.keySet()).isEqualTo(clean.keySet());
        clean.forEach((name, bytes) -> assertThat(faulty.get(name)).as(name).isEqualTo(bytes));
    }

    @Test
    @DisplayName("malformed XML: a mistyped closing tag, the parser stops on its line")
    void malformed() {
        AppliedFault fault = only(ExportFault.MALFORMED_XML);
        Path file = dir.resolve(COLLEGE).resolve("ElevesSansAdresses.xml");
        assertThat(fault.file()).isEqualTo("ElevesSansAdresses.xml");
        assertThatThrownBy(() -> ExportXml.read(file)).hasCauseInstanceOf(XMLStreamException.class)
                .satisfies(e -> assertThat(((XMLStreamException) e.getCause()).getLocation().getLineNumber())
                        .isEqualTo(fault.line()));
        String line = lines(file).get(fault.line() - 1);
        assertThat(line).contains("<NOM_DE_FAMILLE>").contains("</NOM_DE_FAMILE>");
        assertThat(lines(file).get(fault.line() - 2)).contains("ID_NATIONAL");
        assertThat(cleanPupils.all("ELEVE").get(ExportFault.MALFORMED_XML.slot()).attributes())
                .containsEntry("ELEVE_ID", fault.key());
    }

    @Test
    @DisplayName("wrong encoding: the prolog says UTF-8, the bytes are ISO-8859-15")
    void wrong_encoding() throws Exception {
        AppliedFault fault = only(ExportFault.WRONG_ENCODING);
        Path file = dir.resolve(COLLEGE).resolve("ResponsablesAvecAdresses.xml");
        assertThat(fault.file()).isEqualTo("ResponsablesAvecAdresses.xml");
        assertThat(Files.readString(file, ExportOptions.ISO_8859_15))
                .startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>").contains("Claire");
        assertThatThrownBy(() -> ExportXml.read(file)).hasCauseInstanceOf(XMLStreamException.class);
        // read as what it really is, the file is the clean one
        String asIso = Files.readString(file, ExportOptions.ISO_8859_15)
                .replace("encoding=\"UTF-8\"", "encoding=\"ISO-8859-15\"");
        try (InputStream in = new java.io.ByteArrayInputStream(asIso.getBytes(ExportOptions.ISO_8859_15))) {
            assertThat(ExportXml.read(in).elements()).isEqualTo(cleanGuardians.elements());
        }
        String accented = lines(file, ExportOptions.ISO_8859_15).get(fault.line() - 1);
        assertThat(accented.chars().anyMatch(c -> c > 0x7F)).isTrue();
        assertThat(lines(file, ExportOptions.ISO_8859_15).subList(0, fault.line() - 1))
                .allSatisfy(l -> assertThat(l.chars().allMatch(c -> c < 0x80)).isTrue());
    }

    @Test
    @DisplayName("missing mandatory element: one pupil without DATE_NAISS, the others with")
    void missing_birth_date() {
        AppliedFault fault = only(ExportFault.MISSING_BIRTH_DATE);
        List<Element> eleves = pupils().all("ELEVE");
        assertThat(eleves).filteredOn(e -> !e.children().containsKey("DATE_NAISS"))
                .extracting(e -> e.attributes().get("ELEVE_ID")).containsExactly(fault.key());
        assertThat(eleves).hasSize(600);
    }

    @Test
    @DisplayName("unknown MEF: one pupil's CODE_MEF is in no nomenclature")
    void unknown_mef() {
        AppliedFault fault = only(ExportFault.UNKNOWN_MEF);
        List<String> mefs = ExportXml.read(dir.resolve(COLLEGE).resolve("Nomenclature.xml")).all("MEF").stream()
                .map(m -> m.attributes().get("CODE_MEF")).toList();
        assertThat(pupils().all("ELEVE")).filteredOn(e -> !mefs.contains(e.child("CODE_MEF")))
                .extracting(e -> e.attributes().get("ELEVE_ID")).containsExactly(fault.key());
    }

    @Test
    @DisplayName("R-ACC-1: a pupil with three level-1 guardians, the third a person of the file")
    void three_legal_guardians() {
        AppliedFault fault = only(ExportFault.THREE_LEGAL_GUARDIANS);
        Document guardians = guardians();
        Map<String, Long> levelOnes = guardians.all("RESPONSABLE_ELEVE").stream()
                .filter(r -> r.child("NIVEAU_RESPONSABILITE").equals("1"))
                .collect(Collectors.groupingBy(r -> r.child("ELEVE_ID"), Collectors.counting()));
        assertThat(levelOnes).containsEntry(fault.key(), 3L);
        assertThat(levelOnes.entrySet()).filteredOn(e -> e.getValue() > 2).hasSize(1);
        assertThat(byId(guardians.all("PERSONNE"), "PERSONNE_ID")).containsKey(GuardiansWriter.THIRD_GUARDIAN_ID);
        // only one of the three pays the fees: légal 1 stays derivable
        assertThat(guardians.all("RESPONSABLE_ELEVE")).filteredOn(r -> r.child("ELEVE_ID").equals(fault.key()))
                .filteredOn(r -> r.child("PAIE_FRAIS_SCOLAIRES").equals("1")).hasSize(1);
    }

    @Test
    @DisplayName("duplicate ELEVE_ID: one id twice, all others once")
    void duplicate_pupil_id() {
        AppliedFault fault = only(ExportFault.DUPLICATE_PUPIL_ID);
        Map<String, Long> counts = pupils().all("ELEVE").stream()
                .collect(Collectors.groupingBy(e -> e.attributes().get("ELEVE_ID"), Collectors.counting()));
        assertThat(counts.entrySet()).filteredOn(e -> e.getValue() > 1).singleElement()
                .satisfies(e -> assertThat(e.getKey()).isEqualTo(fault.key()))
                .satisfies(e -> assertThat(e.getValue()).isEqualTo(2L));
        assertThat(pupils().all("ELEVE")).filteredOn(e -> e.line() == fault.line()).singleElement()
                .satisfies(e -> assertThat(e.attributes()).containsEntry("ELEVE_ID", fault.key()));
    }

    @Test
    @DisplayName("duplicate PERSONNE_ID: one person twice, all others once")
    void duplicate_person_id() {
        AppliedFault fault = only(ExportFault.DUPLICATE_PERSON_ID);
        Map<String, Long> counts = guardians().all("PERSONNE").stream()
                .collect(Collectors.groupingBy(e -> e.attributes().get("PERSONNE_ID"), Collectors.counting()));
        assertThat(counts.entrySet()).filteredOn(e -> e.getValue() > 1).singleElement()
                .satisfies(e -> assertThat(e.getKey()).isEqualTo(fault.key()))
                .satisfies(e -> assertThat(e.getValue()).isEqualTo(2L));
    }

    @Test
    @DisplayName("empty optional elements (<MEL></MEL>) for one pupil and his guardians, none elsewhere")
    void empty_optional_elements() throws Exception {
        AppliedFault fault = only(ExportFault.EMPTY_OPTIONAL_ELEMENTS);
        Element pupil = byId(pupils().all("ELEVE"), "ELEVE_ID").get(fault.key());
        assertThat(pupil.children()).containsEntry("MEL", "").containsEntry("PRENOM2", "")
                .containsEntry("NOM_USAGE", "");
        assertThat(pupils().all("ELEVE")).filteredOn(e -> e.children().containsValue(""))
                .extracting(e -> e.attributes().get("ELEVE_ID")).containsExactly(fault.key());
        assertThat(Files.readString(dir.resolve(COLLEGE).resolve("ResponsablesAvecAdresses.xml"),
                ExportOptions.ISO_8859_15)).contains("<TEL_PROFESSIONNEL></TEL_PROFESSIONNEL>");
        assertThat(cleanPupils.elements()).noneMatch(e -> e.children().containsValue(""));
        assertThat(cleanGuardians.elements()).noneMatch(e -> e.children().containsValue(""));
    }

    @Test
    @DisplayName("departed pupil: DATE_SORTIE and its reason, still in the file with his structures")
    void departed() {
        AppliedFault fault = only(ExportFault.DEPARTED_PUPIL);
        Document pupils = pupils();
        assertThat(pupils.all("ELEVE")).filteredOn(e -> e.children().containsKey("DATE_SORTIE"))
                .singleElement().satisfies(e -> {
                    assertThat(e.attributes()).containsEntry("ELEVE_ID", fault.key());
                    assertThat(e.children()).containsEntry("DATE_SORTIE", "12/11/2026")
                            .containsEntry("CODE_MOTIF_SORTIE", "DEM");
                });
        assertThat(pupils.all("STRUCTURES_ELEVE")).anySatisfy(s -> assertThat(s.attributes())
                .containsEntry("ELEVE_ID", fault.key()));
    }

    @Test
    @DisplayName("absent pupil: left out of every section and of the guardians' links")
    void absent() {
        AppliedFault fault = only(ExportFault.ABSENT_PUPIL);
        Document pupils = pupils();
        assertThat(pupils.all("ELEVE")).hasSize(599);
        assertThat(byId(cleanPupils.all("ELEVE"), "ELEVE_ID")).containsKey(fault.key());
        assertThat(pupils.elements()).noneMatch(e -> fault.key().equals(e.attributes().get("ELEVE_ID")));
        Document guardians = guardians();
        assertThat(guardians.all("RESPONSABLE_ELEVE")).noneMatch(r -> r.child("ELEVE_ID").equals(fault.key()));
        // every person left is still linked to a pupil of the file
        List<String> linked = guardians.all("RESPONSABLE_ELEVE").stream().map(r -> r.child("PERSONNE_ID")).toList();
        assertThat(guardians.all("PERSONNE")).allSatisfy(p -> assertThat(linked)
                .contains(p.attributes().get("PERSONNE_ID")));
    }

    @Test
    @DisplayName("foreign UAI: the pupils file claims another (valid) establishment, the others do not")
    void foreign_uai() {
        AppliedFault fault = only(ExportFault.FOREIGN_UAI);
        assertThat(fault.key()).isNotEqualTo(COLLEGE);
        assertThat(Uai.of(fault.key()).value()).isEqualTo(fault.key());
        Document pupils = pupils();
        assertThat(pupils.all("UAJ")).singleElement().satisfies(u -> assertThat(u.line()).isEqualTo(fault.line()));
        assertThat(pupils.all("PARAMETRES").get(0).children()).containsEntry("UAJ", fault.key());
        assertThat(guardians().all("PARAMETRES").get(0).children()).containsEntry("UAJ", COLLEGE);
    }

    @Test
    @DisplayName("R-ACC-2: a change of name: same ELEVE_ID and INE, another NOM_USAGE")
    void changed_name() {
        AppliedFault fault = only(ExportFault.CHANGED_NAME);
        Element before = byId(cleanPupils.all("ELEVE"), "ELEVE_ID").get(fault.key());
        Element after = byId(pupils().all("ELEVE"), "ELEVE_ID").get(fault.key());
        assertThat(before.children()).doesNotContainKey("NOM_USAGE");
        assertThat(after.children()).containsEntry("NOM_USAGE", PupilsWriter.CHANGED_USAGE_NAME);
        assertThat(after.child("ID_NATIONAL")).isEqualTo(before.child("ID_NATIONAL"));
        assertThat(after.child("NOM_DE_FAMILLE")).isEqualTo(before.child("NOM_DE_FAMILLE"));
        assertThat(pupils().all("NOM_USAGE")).singleElement().satisfies(e -> assertThat(e.line()).isEqualTo(fault.line()));
    }

    @Test
    @DisplayName("faults combine and land on distinct pupils")
    void combined() {
        ExportSink sink = ExportSinkTest.generate(dir, ExportOptions.current(NOW).withFaults(
                ExportFaults.in(COLLEGE, ExportFault.MISSING_BIRTH_DATE, ExportFault.UNKNOWN_MEF,
                        ExportFault.THREE_LEGAL_GUARDIANS, ExportFault.DEPARTED_PUPIL, ExportFault.CHANGED_NAME)));
        assertThat(sink.appliedFaults()).extracting(AppliedFault::key).doesNotHaveDuplicates().hasSize(5);
    }

    private static List<String> lines(Path file) {
        return lines(file, ExportOptions.ISO_8859_15);
    }

    private static List<String> lines(Path file, java.nio.charset.Charset charset) {
        try {
            return Files.readAllLines(file, charset);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}

package org.scolarite.replication.control.siecle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.scolarite.replication.control.siecle.Samples.only;
import static org.scolarite.replication.control.siecle.Samples.path;
import static org.scolarite.replication.control.siecle.Samples.readAll;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.scolarite.replication.control.SourceReader;
import org.scolarite.replication.entity.ExportHeader;
import org.scolarite.replication.entity.ExportKind;
import org.scolarite.replication.entity.FileFailure;
import org.scolarite.replication.entity.MefRecord;
import org.scolarite.replication.entity.SourceItem;

class SiecleExportsTest {

    @Test
    @DisplayName("peek: kind from the root element, VERSION, UAJ, ANNEE_SCOLAIRE, DATE_EXPORT, HORODATAGE")
    void peek() {
        assertThat(SiecleExports.peek(path("ElevesSansAdresses.xml"))).isEqualTo(new ExportHeader(ExportKind.PUPILS,
                "0140070A", 2018, LocalDate.of(2018, 9, 3), "03/09/2018 21:14:07", "2.1"));
        assertThat(SiecleExports.peek(path("ResponsablesAvecAdresses.xml")).kind()).isEqualTo(ExportKind.GUARDIANS);
        assertThat(SiecleExports.peek(path("Nomenclature.xml")).kind()).isEqualTo(ExportKind.NOMENCLATURE);
        assertThat(SiecleExports.peek(path("sts_emp_0140070A_2018.xml")).kind()).isEqualTo(ExportKind.STS);
    }

    @Test
    @DisplayName("peek reads only the start: a file broken after its header still peeks")
    void peek_reads_only_the_start() {
        assertThat(SiecleExports.peek(path("Eleves_tronque.xml")).uai()).isEqualTo("0140070A");
    }

    @Test
    @DisplayName("peek refuses in French what is not an export: unknown root, incomplete header, not XML")
    void peek_refusals() {
        assertThatThrownBy(() -> SiecleExports.peek(path("Racine_inconnue.xml"))).isInstanceOf(UnreadableExport.class)
                .hasMessageStartingWith("Racine_inconnue.xml : élément racine <BEE_NOTES> inconnu, ce n'est ni un "
                        + "export SIECLE/BEE ou STS-web ni un flux Téléservices (racines reconnues : BEE_NOMENCLATURES, "
                        + "STS_EDT, BEE_ELEVES, BEE_RESPONSABLES")
                .hasMessageContainingAll(Arrays.stream(ExportKind.values()).map(ExportKind::rootElement)
                        .toArray(String[]::new));
        assertThatThrownBy(() -> SiecleExports.peek(path("Entete_incomplet.xml"))).isInstanceOf(UnreadableExport.class)
                .hasMessage("Entete_incomplet.xml : en-tête PARAMETRES incomplet, il manque ANNEE_SCOLAIRE, DATE_EXPORT");
        assertThatThrownBy(() -> SiecleExports.peek(path("Pas_du_xml.xml"))).isInstanceOf(UnreadableExport.class)
                .hasMessage("Pas_du_xml.xml : XML mal formé ligne 1, colonne 1 : le fichier ne commence pas par du XML");
    }

    @Test
    @DisplayName("R-REPL-2: a mistyped closing tag fails the file with line, column and a French reason")
    void mistyped_closing_tag() {
        List<SourceItem> items = readAll("Eleves_balise_mal_fermee.xml");
        assertThat(items).singleElement().isInstanceOfSatisfying(FileFailure.class, failure -> {
            assertThat(failure.reason()).isEqualTo("XML mal formé ligne 14, colonne 33 : l'élément <DATE_NAISS> "
                    + "n'est pas fermé par </DATE_NAISS> (balise de fin mal orthographiée ou fichier tronqué ?)");
            assertThat(failure.location().file()).isEqualTo("Eleves_balise_mal_fermee.xml");
            assertThat(failure.location().line()).isEqualTo(14);
            assertThat(failure.location().column()).isEqualTo(33);
        });
    }

    @Test
    @DisplayName("R-REPL-2: bytes not valid in the declared encoding (UTF-8 declared, ISO-8859-15 written) fail the file")
    void wrong_encoding() {
        assertThat(readAll("Eleves_encodage_faux.xml")).singleElement().isInstanceOfSatisfying(FileFailure.class,
                failure -> {
                    assertThat(failure.reason()).startsWith("Encodage incorrect ligne 13, colonne")
                            .contains("octets invalides pour l'encodage déclaré UTF-8");
                    assertThat(failure.location().line()).isEqualTo(13);
                });
    }

    @Test
    @DisplayName("R-REPL-2: a truncated file fails with « fin de fichier prématurée »")
    void premature_end() {
        assertThat(readAll("Eleves_tronque.xml")).singleElement().isInstanceOfSatisfying(FileFailure.class,
                failure -> assertThat(failure.reason()).contains("fin de fichier prématurée"));
    }

    @Test
    @DisplayName("R-REPL-2: a single-pass file broken in the middle gives what came before, then the failure, then the end")
    void fault_in_the_middle() {
        try (SourceReader reader = SiecleExports.open(path("Nomenclature_coupee.xml"), Samples.UAI)) {
            assertThat(reader.next()).isInstanceOf(MefRecord.class);
            assertThat(reader.next()).isInstanceOfSatisfying(FileFailure.class, failure ->
                    assertThat(failure.reason()).startsWith("XML mal formé ligne 15, colonne")
                            .contains("<FORMATION> n'est pas fermé par </FORMATION>"));
            assertThat(reader.next()).isNull();
            assertThat(reader.next()).isNull();
        }
    }

    @Test
    @DisplayName("a file of another establishment gives one failure, and nothing else")
    void uai_mismatch() {
        try (SourceReader reader = SiecleExports.open(path("Eleves_autre_etablissement.xml"), "0140070A")) {
            assertThat(reader.header().uai()).isEqualTo("0140077K");
            assertThat(reader.next()).isInstanceOfSatisfying(FileFailure.class, failure -> assertThat(failure.reason())
                    .isEqualTo("Ce fichier est celui de l'établissement 0140077K, pas de 0140070A"));
            assertThat(reader.next()).isNull();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"Racine_inconnue.xml", "Entete_incomplet.xml", "Pas_du_xml.xml"})
    @DisplayName("open: a file that is not an export gives one failure without header")
    void not_an_export(String name) {
        try (SourceReader reader = SiecleExports.open(path(name), Samples.UAI)) {
            assertThat(reader.header()).isNull();
            assertThat(reader.next()).isInstanceOf(FileFailure.class);
            assertThat(reader.next()).isNull();
        }
    }

    @Test
    @DisplayName("open: a missing file gives one failure « Fichier introuvable »")
    void missing_file(@TempDir Path dir) {
        assertThat(readAll(dir.resolve("ElevesSansAdresses.xml"), Samples.UAI)).singleElement()
                .isInstanceOfSatisfying(FileFailure.class, failure ->
                        assertThat(failure.reason()).isEqualTo("Fichier introuvable : ElevesSansAdresses.xml"));
    }

    @Test
    @DisplayName("XXE: a DOCTYPE with an external entity is never resolved, the file fails")
    void external_entities_refused() {
        List<SourceItem> items = readAll("Eleves_xxe.xml");
        assertThat(items).singleElement().isInstanceOf(FileFailure.class);
        assertThat(((FileFailure) items.get(0)).reason()).doesNotContain(hostname());
    }

    @Test
    @DisplayName("a pupils file without ELEVES section fails rather than make every pupil departed")
    void no_pupils_section(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("ElevesSansAdresses.xml");
        Files.writeString(file, """
                <?xml version="1.0" encoding="UTF-8"?>
                <BEE_ELEVES VERSION="3.0"><PARAMETRES><UAJ>0140070A</UAJ><ANNEE_SCOLAIRE>2018</ANNEE_SCOLAIRE>
                <DATE_EXPORT>03/09/2018</DATE_EXPORT></PARAMETRES><DONNEES><STRUCTURES/></DONNEES></BEE_ELEVES>
                """);
        assertThat(readAll(file, Samples.UAI)).singleElement().isInstanceOfSatisfying(FileFailure.class,
                failure -> assertThat(failure.reason()).contains("section DONNEES/ELEVES absente"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ElevesSansAdresses.xml", "ElevesAvecAdresses.xml", "ResponsablesAvecAdresses.xml",
            "ResponsablesAvecAdresses_2014.xml", "Nomenclature.xml", "sts_emp_0140070A_2018.xml",
            "Nomenclature_coupee.xml"})
    @DisplayName("restart contract: the same file read twice gives the same item sequence")
    void deterministic(String name) {
        List<SourceItem> first = readAll(name);
        assertThat(first).isNotEmpty();
        assertThat(readAll(name)).isEqualTo(first);
    }

    @Test
    @DisplayName("the shared parser factory serves establishments read in parallel partitions: same items as alone")
    void parallel_reading() throws Exception {
        List<SourceItem> alone = readAll("ElevesSansAdresses.xml");
        var pool = Executors.newFixedThreadPool(4);
        try {
            var tasks = IntStream.range(0, 16)
                    .mapToObj(i -> (Callable<List<SourceItem>>) () -> readAll(
                            i % 2 == 0 ? "ElevesSansAdresses.xml" : "ResponsablesAvecAdresses.xml"))
                    .toList();
            var results = pool.invokeAll(tasks);
            for (int i = 0; i < results.size(); i += 2) {
                assertThat(results.get(i).get()).isEqualTo(alone);
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    @DisplayName("UAI compared without regard to case (0140070a is 0140070A)")
    void uai_case() {
        assertThat(only(readAll(path("Nomenclature.xml"), "0140070a"), MefRecord.class)).hasSize(2);
    }

    private static String hostname() {
        try {
            return Files.readString(Path.of("/etc/hostname")).strip();
        } catch (IOException e) {
            return "\u0000";
        }
    }
}

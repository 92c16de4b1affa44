package org.scolarite.replication.control.siecle;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.scolarite.replication.entity.FileFailure;
import org.scolarite.replication.entity.PupilRecord;
import org.scolarite.replication.entity.SourceItem;

class SectionSkippingStreamTest {

    /** Reads in small, uneven slices so that the tags fall across the buffer's and the caller's boundaries. */
    private static String skip(String text, String element, int slice) throws IOException {
        try (InputStream in = new SectionSkippingStream(
                new ByteArrayInputStream(text.getBytes(StandardCharsets.ISO_8859_1)), element)) {
            StringBuilder out = new StringBuilder();
            byte[] bytes = new byte[slice];
            for (int read = in.read(bytes, 0, slice); read >= 0; read = in.read(bytes, 0, slice)) {
                out.append(new String(bytes, 0, read, StandardCharsets.ISO_8859_1));
            }
            return out.toString();
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 3, 7, 8192})
    @DisplayName("the first section is removed, the rest passes unchanged, whatever the read sizes")
    void removes_the_section(int slice) throws IOException {
        String text = "<R><P/>\n<ELEVES_X>a</ELEVES_X><ELEVES>\n<ELEVE>é</ELEVE>\n</ELEVES>\n<OPTIONS/></R>";
        assertThat(skip(text, "ELEVES", slice)).isEqualTo("<R><P/>\n<ELEVES_X>a</ELEVES_X>\n<OPTIONS/></R>");
    }

    @Test
    @DisplayName("a section larger than the buffer, tags across buffer boundaries")
    void large_section() throws IOException {
        String pupils = "<ELEVE>x</ELEVE>\n".repeat(20_000);
        String text = "<R>" + "<P>p</P>".repeat(9_000) + "<ELEVES>" + pupils + "</ELEVES><O>o</O></R>";
        assertThat(skip(text, "ELEVES", 8192)).isEqualTo("<R>" + "<P>p</P>".repeat(9_000) + "<O>o</O></R>");
    }

    @Test
    @DisplayName("no section, an empty one (<ELEVES/>), a section cut by the end of the file")
    void edge_cases() throws IOException {
        assertThat(skip("<R><O/></R>", "ELEVES", 8192)).isEqualTo("<R><O/></R>");
        assertThat(skip("<R><ELEVES/><O/></R>", "ELEVES", 8192)).isEqualTo("<R><ELEVES/><O/></R>");
        assertThat(skip("<R><ELEVES><ELEVE>", "ELEVES", 8192)).isEqualTo("<R>");
    }

    @Test
    @DisplayName("lines after the cut are given back in the file's numbering")
    void line_mapping() throws IOException {
        SectionSkippingStream in = new SectionSkippingStream(new ByteArrayInputStream(
                "<R>\n  <ELEVES>\n<E/>\n<E/>\n  </ELEVES>\n  <O/>\n</R>".getBytes(StandardCharsets.US_ASCII)), "ELEVES");
        in.readAllBytes();
        assertThat(in.fileLine(1, 2)).isEqualTo(1);
        assertThat(in.fileLine(2, 2)).isEqualTo(2);
        assertThat(in.fileLine(3, 3)).isEqualTo(6);
    }

    @Test
    @DisplayName("R-REPL-2: a fault in a side section after the pupils fails the file before any pupil, at its real line")
    void fault_after_the_pupils(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("ElevesSansAdresses.xml");
        String sample = Files.readString(Samples.path("ElevesSansAdresses.xml"), StandardCharsets.ISO_8859_1);
        Files.writeString(file, sample.replace("<CODE_STRUCTURE>3B</CODE_STRUCTURE>", "<CODE_STRUCTURE>3B</CODE_STRUCTUR>"),
                StandardCharsets.ISO_8859_1);
        int line = lineOf(sample, "<CODE_STRUCTURE>3B</CODE_STRUCTURE>");
        List<SourceItem> items = Samples.readAll(file, Samples.UAI);
        assertThat(items).singleElement().isInstanceOfSatisfying(FileFailure.class, failure -> {
            assertThat(failure.location().line()).isEqualTo(line);
            assertThat(failure.reason()).startsWith("XML mal formé ligne " + line + ", colonne ");
        });
    }

    @Test
    @DisplayName("R-REPL-2: a fault inside the pupils is found by the second pass: the pupils before it are given, then the failure")
    void fault_among_the_pupils(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("ElevesSansAdresses.xml");
        String sample = Files.readString(Samples.path("ElevesSansAdresses.xml"), StandardCharsets.ISO_8859_1);
        Files.writeString(file, sample.replace("<PRENOM>Léa</PRENOM>", "<PRENOM>Léa</PRENON>"),
                StandardCharsets.ISO_8859_1);
        List<SourceItem> items = Samples.readAll(file, Samples.UAI);
        assertThat(Samples.only(items, PupilRecord.class)).extracting(PupilRecord::sourceId)
                .containsExactly("1001", "1002");
        assertThat(items.get(items.size() - 1)).isInstanceOfSatisfying(FileFailure.class, failure ->
                assertThat(failure.location().line()).isEqualTo(lineOf(sample, "<PRENOM>Léa</PRENOM>")));
    }

    private static int lineOf(String text, String fragment) {
        return (int) text.substring(0, text.indexOf(fragment)).chars().filter(c -> c == '\n').count() + 1;
    }
}

package org.scolarite.notification.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.scolarite.notification.control.PdfTextChunks.Chunk;
import org.scolarite.notification.entity.LetterField;
import org.scolarite.notification.entity.LetterKind;
import org.scolarite.notification.entity.LetterPart;

class LetterPdfWriterTest {

    private static final String HEADER = DefaultLetterTemplates.of(LetterPart.HEADER);
    private static final String GUARDIAN_BODY = DefaultLetterTemplates.of(LetterPart.BODY_GUARDIAN_NEW);

    @Test
    @DisplayName("R-MASS-1 one PDF: each added letter starts on its own page, counts follow")
    void oneLetterPerPage() {
        byte[] pdf = write(writer -> {
            writer.add(letter("Madame Claire DURAND", "12 rue des Lilas\n14000 CAEN", "Léa DURAND (4A)"));
            writer.add(letter("Monsieur Paul MARTIN", "3 place du Marché\n14100 LISIEUX", "Tom MARTIN (5B)"));
            writer.add(studentLetter());
            assertThat(writer.letterCount()).isEqualTo(3);
            assertThat(writer.pageCount()).isEqualTo(3);
        });
        PdfTextChunks text = PdfTextChunks.read(pdf);
        assertThat(text.pages()).isEqualTo(3);
        assertThat(text.pageText(1)).contains("Claire DURAND").doesNotContain("Paul MARTIN");
        assertThat(text.pageText(2)).contains("Paul MARTIN").contains("Tom MARTIN (5B)").doesNotContain("Claire");
        assertThat(text.pageText(3)).contains("Léa DURAND").contains("lea.durand").doesNotContain("Coupon");
    }

    @Test
    @DisplayName("R-SET-4 the recipient's name and address lie in the window of a DL envelope, the establishment "
            + "top left, the date below the window")
    void recipientInTheWindow() {
        PdfTextChunks text = PdfTextChunks.read(write(writer ->
                writer.add(letter("Madame Claire DURAND", "Bâtiment C\n12 rue des Lilas\nBP 42\n14120 MONDEVILLE",
                        "Léa DURAND (4A)"))));
        for (String line : List.of("Madame Claire DURAND", "Bâtiment C", "12 rue des Lilas", "BP 42",
                "14120 MONDEVILLE")) {
            assertThat(text.containing(line)).as(line).singleElement().satisfies(LetterPdfWriterTest::inWindow);
        }
        Chunk establishment = text.containing("Collège Jean Moulin").get(0);
        assertThat(establishment.xMm()).isBetween(15f, 25f);
        assertThat(establishment.yMmFromTop()).isLessThan(LetterPdfWriter.WINDOW_TOP_MM);
        Chunk date = text.containing("Caen, le 22 novembre 2026").get(0);
        assertThat(date.yMmFromTop()).isGreaterThan(LetterPdfWriter.WINDOW_TOP_MM + LetterPdfWriter.WINDOW_HEIGHT_MM);
        assertThat(date.xMm()).as("right-aligned").isGreaterThan(140f);
        Chunk subject = text.containing("Objet").get(0);
        assertThat(subject.yMmFromTop()).isGreaterThan(date.yMmFromTop());
    }

    @Test
    @DisplayName("R-MASS-1 a guardian without postal address still gets a letter, the name alone in the window")
    void withoutAddress() {
        PdfTextChunks text = PdfTextChunks.read(write(writer ->
                writer.add(letter("Monsieur Karim BENALI", null, "Inès BENALI (3C)"))));
        assertThat(text.pages()).isEqualTo(1);
        assertThat(text.containing("Monsieur Karim BENALI")).singleElement().satisfies(LetterPdfWriterTest::inWindow);
        assertThat(text.pageText(1)).contains("Inès BENALI (3C)").contains("Informatique et libertés");
    }

    @Test
    @DisplayName("R-SET-4 values are printed as text, never read as markup")
    void valuesEscaped() {
        PdfTextChunks text = PdfTextChunks.read(write(writer ->
                writer.add(letter("Jean <b>DUPONT</b> & fils", "1 rue <i>x</i>\n14000 CAEN", "Zoé \"DUPONT\" (4A)"))));
        assertThat(text.containing("Jean <b>DUPONT</b> & fils")).as("in the window and on the coupon").hasSize(2)
                .anySatisfy(LetterPdfWriterTest::inWindow);
        assertThat(text.pageText(1)).contains("1 rue <i>x</i>").contains("Zoé \"DUPONT\" (4A)");
    }

    @Test
    @DisplayName("R-ACC-9 the coupon names the guardian and each child, below a cut line at the foot of the page")
    void couponNamesGuardianAndChildren() {
        PdfTextChunks text = PdfTextChunks.read(write(writer -> writer.add(
                letter("Madame Claire DURAND", "12 rue des Lilas\n14000 CAEN", "Léa DURAND (4A)", "Hugo DURAND (6B)"))));
        assertThat(text.pages()).as("body and coupon on one page").isEqualTo(1);
        String page = text.pageText(1);
        assertThat(page).contains("Coupon à retourner à l’établissement en cas de refus",
                "Refus de l’accès aux services en ligne du responsable",
                "Refus de l’accès aux services en ligne pour l’élève (hors", "applications pédagogiques)", "Signature");
        Chunk cutLine = text.containing("Coupon à retourner").get(0);
        Chunk cnil = text.containing("Informatique et libertés").get(0);
        assertThat(cutLine.yMmFromTop()).isGreaterThan(cnil.yMmFromTop()).isGreaterThan(200f);
        assertThat(text.containing("Claire DURAND").stream().filter(c -> c.yMmFromTop() > cutLine.yMmFromTop()))
                .hasSize(1);
        // Each child: once in the body, once per refusal (the guardian's list and the pupils' checkboxes).
        assertThat(text.containing("Léa DURAND (4A)")).hasSize(3);
        assertThat(text.containing("Hugo DURAND (6B)")).hasSize(3);
        assertThat(text.chunks().stream().filter(c -> c.yMmFromTop() > cutLine.yMmFromTop()).mapToDouble(Chunk::yMmFromTop)
                .max().orElseThrow()).as("within the bottom margin").isLessThan(297 - 9);
    }

    @Test
    @DisplayName("R-SET-4 the CNIL mention is printed, in small type")
    void cnilMention() {
        PdfTextChunks text = PdfTextChunks.read(write(writer -> writer.add(studentLetter())));
        Chunk cnil = text.containing("Informatique et libertés").get(0);
        assertThat(cnil.fontSize()).isEqualTo(LetterPdfWriter.CNIL_SIZE);
        assertThat(text.pageText(1)).contains("règlement").contains("chef d’établissement.");
    }

    @Test
    @DisplayName("R-ACC-9 a body too long for the coupon moves the whole coupon to the next page")
    void longBodyMovesCoupon() {
        String longBody = GUARDIAN_BODY.replace("<p>Je vous prie",
                "<p>Un paragraphe de plus pour allonger le courrier.</p>".repeat(8) + "<p>Je vous prie");
        Map<LetterField, String> values = guardianValues("Madame Claire DURAND", "12 rue des Lilas\n14000 CAEN",
                List.of("Léa DURAND (4A)"));
        PdfTextChunks text = PdfTextChunks.read(write(writer -> {
            writer.add(new PrintableLetter(HEADER, longBody, values,
                    Optional.of(new RefusalCoupon("Claire DURAND", List.of("Léa DURAND (4A)")))));
            assertThat(writer.pageCount()).isEqualTo(2);
        }));
        assertThat(text.pages()).isEqualTo(2);
        assertThat(text.pageText(1)).contains("Informatique et libertés").doesNotContain("Coupon", "Refus", "Signature");
        assertThat(text.pageText(2)).contains("Coupon à retourner", "du responsable", "pour l’élève", "Signature");
        assertThat(text.containing("Coupon à retourner").get(0).yMmFromTop()).as("at the foot").isGreaterThan(180f);
    }

    @Test
    @DisplayName("R-MASS-1 a name outside WinAnsi (Nguyễn, Łukasz, an emoji) prints as close as the font allows, "
            + "without crashing the run")
    void charactersOutsideWinAnsi() {
        PdfTextChunks text = PdfTextChunks.read(write(writer -> {
            writer.add(letter("Monsieur Łukasz NGUYỄN", "5 rue 😀 Ōta\n14000 CAEN", "Thị Ánh NGUYỄN (4A)"));
            writer.add(letter("Madame Claire DURAND", null, "Léa DURAND (4A)"));
        }));
        assertThat(text.pages()).isEqualTo(2);
        assertThat(text.pageText(1)).contains("Monsieur Lukasz NGUYEN", "5 rue ? Ota", "Thi Ánh NGUYEN (4A)");
    }

    @Test
    @DisplayName("R-SET-4 a header edited without the recipient's fields flows in order")
    void headerWithoutRecipient() {
        String header = "<h1>{{nomEtablissement}}</h1><p class=\"ql-align-right\">{{lieuEtDate}}</p>";
        Map<LetterField, String> values = new EnumMap<>(SampleLetterData.values(LetterKind.STUDENT_CONTINUITY));
        PdfTextChunks text = PdfTextChunks.read(write(writer -> writer.add(new PrintableLetter(header,
                DefaultLetterTemplates.of(LetterPart.BODY_STUDENT_CONTINUITY), values, Optional.empty()))));
        Chunk establishment = text.containing("Collège Jean Moulin").get(0);
        Chunk date = text.containing("Caen, le 22 novembre 2026").get(0);
        assertThat(establishment.yMmFromTop()).isLessThan(25f);
        assertThat(establishment.fontSize()).isGreaterThan(12f);
        assertThat(date.yMmFromTop()).as("no window to keep free").isLessThan(LetterPdfWriter.WINDOW_TOP_MM);
        assertThat(text.pageText(1)).contains("lea.durand");
    }

    @Test
    @DisplayName("R-SET-4 the school's formatting: lists, links with their address, tables, headings")
    void richText() {
        String body = "<h2>Bienvenue</h2><ul><li>premier point</li><li data-list=\"bullet\">second</li></ul>"
                + "<p>Voir <a href=\"https://ent.example.fr/aide\" rel=\"noopener\">l’aide</a> ou "
                + "<a href=\"https://ent.example.fr/\">https://ent.example.fr/</a>.</p>"
                + "<table><tbody><tr><td>Service</td><td>Horaires</td></tr><tr><td>Vie scolaire</td></tr></tbody>"
                + "</table><p><em>{{mentionCnil}}</em></p>";
        PdfTextChunks text = PdfTextChunks.read(write(writer -> writer.add(
                new PrintableLetter(HEADER, body, SampleLetterData.values(LetterKind.STUDENT_NEW), Optional.empty()))));
        String page = text.pageText(1);
        assertThat(page).contains("Bienvenue", "•", "premier point", "second", "l’aide", "(https://ent.example.fr/aide)",
                "Service", "Horaires", "Vie scolaire");
        assertThat(text.containing("https://ent.example.fr/")).as("an address shown once when it is the text")
                .hasSize(2);
    }

    @Test
    @DisplayName("R-SEC-1 pages are streamed while letters are added, and the caller's stream stays open")
    void streamsPagesAndLeavesTheStreamOpen() {
        CountingStream out = new CountingStream();
        long beforeClose;
        try (LetterPdfWriter writer = new LetterPdfWriter(out, "Courriers")) {
            for (int i = 0; i < 200; i++) {
                writer.add(letter("Madame Claire DURAND " + i, "12 rue des Lilas\n14000 CAEN", "Léa DURAND (4A)"));
            }
            assertThat(writer.pageCount()).isEqualTo(200);
            beforeClose = out.bytes;
        }
        assertThat(beforeClose).as("written before close").isGreaterThan(out.bytes * 8 / 10);
        assertThat(out.closed).isFalse();
        assertThat(out.flushed).isTrue();
    }

    @Test
    @DisplayName("R-MASS-1 an empty selection still gives a valid PDF; a closed writer refuses letters")
    void emptyAndClosed() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        LetterPdfWriter writer = new LetterPdfWriter(out, "Courriers");
        writer.close();
        writer.close();
        assertThat(PdfTextChunks.read(out.toByteArray()).pageText(1)).contains("Aucun courrier");
        assertThat(writer.letterCount()).isZero();
        assertThatThrownBy(() -> writer.add(studentLetter())).isInstanceOf(IllegalStateException.class);
    }

    private static void inWindow(Chunk chunk) {
        assertThat(chunk.xMm()).isBetween(LetterPdfWriter.WINDOW_LEFT_MM - 0.01f,
                LetterPdfWriter.WINDOW_LEFT_MM + LetterPdfWriter.WINDOW_WIDTH_MM);
        // The baseline lies in the window and the letters' top (cap height of 10 pt ≈ 2.5 mm) too.
        assertThat(chunk.yMmFromTop()).isBetween(LetterPdfWriter.WINDOW_TOP_MM + 2.5f,
                LetterPdfWriter.WINDOW_TOP_MM + LetterPdfWriter.WINDOW_HEIGHT_MM);
    }

    private static byte[] write(Consumer<LetterPdfWriter> letters) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (LetterPdfWriter writer = new LetterPdfWriter(out, "Courriers de notification")) {
            letters.accept(writer);
        }
        return out.toByteArray();
    }

    private static PrintableLetter letter(String name, String address, String... children) {
        return new PrintableLetter(HEADER, GUARDIAN_BODY, guardianValues(name, address, List.of(children)),
                Optional.of(new RefusalCoupon(name.replaceFirst("^(Madame|Monsieur) ", ""), List.of(children))));
    }

    private static Map<LetterField, String> guardianValues(String name, String address, List<String> children) {
        Map<LetterField, String> values = new EnumMap<>(SampleLetterData.values(LetterKind.GUARDIAN_NEW));
        values.put(LetterField.RECIPIENT_NAME, name);
        values.put(LetterField.RECIPIENT_ADDRESS, address);
        values.put(LetterField.CHILDREN, String.join("\n", children));
        return values;
    }

    private static PrintableLetter studentLetter() {
        return new PrintableLetter(HEADER, DefaultLetterTemplates.of(LetterPart.BODY_STUDENT_NEW),
                SampleLetterData.values(LetterKind.STUDENT_NEW), Optional.empty());
    }

    /** Counts bytes, remembers flush and close: what a servlet's output stream would see. */
    private static final class CountingStream extends OutputStream {

        private long bytes;
        private boolean flushed;
        private boolean closed;

        @Override
        public void write(int b) {
            bytes++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            bytes += len;
        }

        @Override
        public void flush() {
            flushed = true;
        }

        @Override
        public void close() {
            closed = true;
        }
    }
}

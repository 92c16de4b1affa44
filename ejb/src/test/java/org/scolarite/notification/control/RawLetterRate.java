package org.scolarite.notification.control;

import com.itextpdf.io.font.PdfEncodings;
import com.itextpdf.io.font.constants.StandardFonts;
import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.font.PdfFontFactory;
import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.borders.Border;
import com.itextpdf.layout.borders.DashedBorder;
import com.itextpdf.layout.borders.SolidBorder;
import com.itextpdf.layout.element.AreaBreak;
import com.itextpdf.layout.element.Cell;
import com.itextpdf.layout.element.Div;
import com.itextpdf.layout.element.List;
import com.itextpdf.layout.element.ListItem;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Table;
import com.itextpdf.layout.element.Text;
import com.itextpdf.layout.properties.ListNumberingType;
import com.itextpdf.layout.properties.TextAlignment;
import com.itextpdf.layout.properties.UnitValue;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Map;
import java.util.Optional;
import org.scolarite.notification.entity.LetterField;
import org.scolarite.notification.entity.LetterKind;
import org.scolarite.notification.entity.LetterPart;

/**
 * Benchmark, not a test: how fast {@link LetterPdfWriter} writes the default one-page guardian letter compared with
 * « the raw iText rate of the same one-page letter », that is the same page written by hand with iText's layout
 * classes, without templates, HTML or measurement of the coupon.
 *
 * <pre>
 * ./mvnw -q -o -pl ejb -am test-compile
 * ./mvnw -q -pl ejb dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt
 * java -cp "$(cat /tmp/cp.txt):ejb/target/classes:ejb/target/test-classes" \
 *     org.scolarite.notification.control.RawLetterRate [letters, default 1500]
 * </pre>
 * Each measure is taken after a warm-up run of the same size; bytes go to a counting stream, so disks do not count.
 */
public final class RawLetterRate {

    private static final float MM = 72f / 25.4f;
    private static final Map<LetterField, String> VALUES = SampleLetterData.values(LetterKind.GUARDIAN_NEW);
    private static final PrintableLetter LETTER = new PrintableLetter(DefaultLetterTemplates.of(LetterPart.HEADER),
            DefaultLetterTemplates.of(LetterPart.BODY_GUARDIAN_NEW), VALUES,
            Optional.of(new RefusalCoupon("Claire DURAND", java.util.List.of("Léa DURAND (4A)", "Hugo DURAND (6B)"))));

    private RawLetterRate() {
    }

    public static void main(String[] args) {
        int letters = args.length > 0 ? Integer.parseInt(args[0]) : 1500;
        rawLettersPerSecond(letters); // warm-up of both paths, so that neither pays for class loading and JIT
        writerRun(letters);
        resetPeaks();
        double raw = rawLettersPerSecond(letters);
        long rawPeak = heapPeak();
        resetPeaks();
        long start = System.nanoTime();
        long[] result = writerRun(letters);
        double seconds = (System.nanoTime() - start) / 1e9;
        double writer = letters / seconds;
        long writerPeak = heapPeak();
        System.out.printf("raw iText      : %,8.0f letters/s  (peak heap %,d MB)%n", raw, rawPeak >> 20);
        System.out.printf("LetterPdfWriter: %,8.0f letters/s  (peak heap %,d MB), %d letters in %.2f s, %d pages, "
                + "%,d bytes%n", writer, writerPeak >> 20, letters, seconds, result[1], result[0]);
        System.out.printf("ratio          : %.0f %% of the raw rate%n", 100 * writer / raw);
    }

    /** Writes that many copies of the letter by hand with iText's layout classes and returns letters per second. */
    public static double rawLettersPerSecond(int letters) {
        CountingStream out = new CountingStream();
        long start = System.nanoTime();
        PdfWriter writer = new PdfWriter(out);
        try (Document document = new Document(new PdfDocument(writer), PageSize.A4, true)) {
            document.setMargins(12 * MM, 15 * MM, 10 * MM, 20 * MM);
            PdfFont regular = font(StandardFonts.HELVETICA);
            PdfFont bold = font(StandardFonts.HELVETICA_BOLD);
            PdfFont italic = font(StandardFonts.HELVETICA_OBLIQUE);
            document.setFont(regular).setFontSize(10);
            for (int i = 0; i < letters; i++) {
                if (i > 0) {
                    document.add(new AreaBreak());
                }
                rawLetter(document, regular, bold, italic);
            }
        }
        return letters / ((System.nanoTime() - start) / 1e9);
    }

    private static void rawLetter(Document document, PdfFont regular, PdfFont bold, PdfFont italic) {
        Div establishment = new Div().setWidth(85 * MM);
        establishment.add(line(new Text(VALUES.get(LetterField.ESTABLISHMENT_NAME)).setFont(bold)));
        establishment.add(line(new Text("3 avenue de la Libération\n14000 CAEN")));
        establishment.add(line(new Text("Téléphone : " + VALUES.get(LetterField.ESTABLISHMENT_PHONE))));
        document.add(establishment);
        Div window = new Div().setFixedPosition(110 * MM, (297 - 85) * MM, 85 * MM).setHeight(35 * MM);
        window.add(line(new Text(VALUES.get(LetterField.RECIPIENT_NAME)).setFont(bold)));
        window.add(line(new Text("12 rue des Lilas\n14000 CAEN")));
        document.add(window);
        document.add(new Div().setHeight(45 * MM));
        document.add(line(new Text(VALUES.get(LetterField.PLACE_AND_DATE))).setTextAlignment(TextAlignment.RIGHT));
        document.add(line(new Text("Objet : votre compte d’accès aux services en ligne de l’établissement")
                .setFont(bold)));
        document.add(line(new Text("Madame, Monsieur,")));
        document.add(line(new Text("L’établissement met à votre disposition « Scolarité services », un ensemble de "
                + "services en ligne qui vous permettent de suivre la scolarité de votre enfant (vie scolaire, notes, "
                + "livret scolaire, fiche de renseignements…). Un compte personnel vous a été attribué ; il vous "
                + "donne accès aux informations concernant :")));
        document.add(line(new Text("Léa DURAND (4A)\nHugo DURAND (6B)").setFont(bold)).setMarginLeft(10 * MM));
        document.add(line(new Text("Pour vous connecter, rendez-vous à l’adresse suivante :")));
        document.add(line(new Text(VALUES.get(LetterField.ACCESS_URL)).setFont(bold)).setMarginLeft(10 * MM));
        document.add(line(new Text("Vos codes d’accès sont les suivants :")));
        document.add(line(new Text("Identifiant : "), new Text("claire.durand").setFont(bold)).setMarginLeft(10 * MM));
        document.add(line(new Text("Mot de passe provisoire : "), new Text("xk7pq2mz").setFont(bold))
                .setMarginLeft(10 * MM));
        document.add(line(new Text("Lors de votre première connexion, vous activerez votre compte en quatre étapes :")));
        List steps = new List(ListNumberingType.DECIMAL).setSymbolIndent(8).setMarginLeft(5 * MM);
        for (String step : new String[] {"connectez-vous avec l’identifiant et le mot de passe provisoire ci-dessus ;",
                "indiquez votre adresse électronique et la date de naissance de votre enfant ;",
                "choisissez votre mot de passe personnel ;",
                "cliquez sur le lien de validation contenu dans le courriel qui vous sera alors envoyé."}) {
            ListItem item = new ListItem();
            item.add(line(new Text(step)));
            steps.add(item);
        }
        document.add(steps);
        document.add(line(new Text("Vous disposez de trois mois pour activer votre compte : passé ce délai, le lien "
                + "de validation n’est plus valable et le compte non activé est supprimé.")));
        document.add(line(new Text("Ces codes sont personnels et confidentiels : conservez-les soigneusement et ne les "
                + "communiquez à personne.")));
        document.add(line(new Text("Je vous prie d’agréer, Madame, Monsieur, l’expression de mes salutations "
                + "distinguées.")));
        document.add(line(new Text("Le chef d’établissement,")).setTextAlignment(TextAlignment.RIGHT));
        document.add(line(new Text("Anne MARTIN")).setTextAlignment(TextAlignment.RIGHT));
        document.add(line(new Text(LetterField.CNIL_MENTION_TEXT).setFont(italic)).setFontSize(7.5f));
        Div coupon = new Div().setFontSize(8.5f).setMarginTop(8 * MM);
        coupon.add(line(new Text("Coupon à retourner à l’établissement en cas de refus").setFont(italic))
                .setBorderTop(new DashedBorder(0.7f)).setTextAlignment(TextAlignment.CENTER));
        coupon.add(line(new Text("Responsable légal : "), new Text("Claire DURAND").setFont(bold)));
        Cell guardian = new Cell().setBorder(Border.NO_BORDER);
        guardian.add(line(new Text("Refus de l’accès aux services en ligne du responsable").setFont(bold)));
        guardian.add(line(new Text("Je ne souhaite pas accéder aux services en ligne de l’établissement pour :")));
        guardian.add(line(new Text("Léa DURAND (4A)\nHugo DURAND (6B)")));
        guardian.add(line(new Text("Fait à ………………………… le ……………………   Signature :")));
        Cell student = new Cell().setBorder(Border.NO_BORDER).setBorderLeft(new SolidBorder(0.5f));
        student.add(line(new Text("Refus de l’accès aux services en ligne pour l’élève (hors applications "
                + "pédagogiques)").setFont(bold)));
        student.add(line(new Text("Je ne souhaite pas que l’élève coché ci-dessous accède aux services en ligne :")));
        for (String child : new String[] {"Léa DURAND (4A)", "Hugo DURAND (6B)"}) {
            student.add(line(new Text("   ").setBorder(new SolidBorder(0.6f)), new Text("  " + child)));
        }
        student.add(line(new Text("Fait à ………………………… le ……………………   Signature :")));
        coupon.add(new Table(UnitValue.createPercentArray(2)).useAllAvailableWidth().addCell(guardian)
                .addCell(student));
        document.add(coupon);
    }

    private static Paragraph line(Text... texts) {
        Paragraph paragraph = new Paragraph().setMargin(0).setMarginBottom(2.5f).setMultipliedLeading(1.12f);
        for (Text text : texts) {
            paragraph.add(text);
        }
        return paragraph;
    }

    private static PdfFont font(String name) {
        try {
            return PdfFontFactory.createFont(name, PdfEncodings.WINANSI);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Bytes written and pages. */
    private static long[] writerRun(int letters) {
        CountingStream out = new CountingStream();
        int pages;
        try (LetterPdfWriter writer = new LetterPdfWriter(out, "Courriers de notification")) {
            for (int i = 0; i < letters; i++) {
                writer.add(LETTER);
            }
            pages = writer.pageCount();
        }
        return new long[] {out.bytes, pages};
    }

    private static void resetPeaks() {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /** The sum of the heap pools' peaks since the last reset: an upper bound of the live heap at its highest. */
    private static long heapPeak() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(pool -> pool.getType() == MemoryType.HEAP)
                .mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
    }

    private static final class CountingStream extends OutputStream {

        private long bytes;

        @Override
        public void write(int b) {
            bytes++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            bytes += len;
        }
    }
}

package org.scolarite.enrolment.control;

import com.itextpdf.io.font.PdfEncodings;
import com.itextpdf.io.font.constants.StandardFonts;
import com.itextpdf.kernel.colors.Color;
import com.itextpdf.kernel.colors.DeviceRgb;
import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.font.PdfFontFactory;
import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.borders.SolidBorder;
import com.itextpdf.layout.element.Cell;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Table;
import com.itextpdf.layout.properties.UnitValue;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.scolarite.enrolment.entity.AdministrativeData;
import org.scolarite.enrolment.entity.EnrolmentPage;

/**
 * The receipt of a confirmed enrolment (R-INSC-1): one A4 page the family keeps — the lycée, the pupil and track, the
 * wishes, the administrative data given, the confirmation's date and reference. Helvetica in WinAnsi (covers French,
 * nothing to embed), the portal's violet as the report books use it. Streamed to the family, never stored.
 */
public final class EnrolmentReceiptPdf {

    public static final String CONTENT_TYPE = "application/pdf";

    private static final Color ACCENT = new DeviceRgb(0x4B, 0x2E, 0x83);
    private static final Color HEADER_GREY = new DeviceRgb(0xEE, 0xEE, 0xF2);
    private static final Color RULE = new DeviceRgb(0xB8, 0xB8, 0xC4);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRENCH);
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("d MMMM yyyy 'à' HH'h'mm",
            Locale.FRENCH);

    private EnrolmentReceiptPdf() {
    }

    /** Writes the receipt; {@code out} stays open: it belongs to the caller (the HTTP response). */
    public static void write(EnrolmentPage page, LocalDateTime editedAt, OutputStream out) {
        try {
            PdfWriter writer = new PdfWriter(out);
            writer.setCloseStream(false);
            PdfDocument pdf = new PdfDocument(writer);
            pdf.getDocumentInfo().setTitle("Récapitulatif d’inscription — " + page.pupil());
            PdfFont regular = PdfFontFactory.createFont(StandardFonts.HELVETICA, PdfEncodings.WINANSI);
            PdfFont bold = PdfFontFactory.createFont(StandardFonts.HELVETICA_BOLD, PdfEncodings.WINANSI);
            Document document = new Document(pdf, PageSize.A4);
            document.setMargins(48, 48, 48, 48);
            document.setFont(regular).setFontSize(10);

            document.add(new Paragraph("Récapitulatif d’inscription au lycée").setFont(bold).setFontSize(18)
                    .setFontColor(ACCENT).setMarginBottom(2));
            document.add(new Paragraph(page.lycee()).setFont(bold).setFontSize(13).setMarginBottom(0));
            for (String line : page.lyceeAddress()) {
                document.add(new Paragraph(line).setMargin(0));
            }
            document.add(new Paragraph("Inscription confirmée le " + MOMENT.format(page.confirmedAt())
                    + " — référence " + page.reference()).setMarginTop(10).setFont(bold));

            Table table = new Table(UnitValue.createPercentArray(new float[] {35, 65})).useAllAvailableWidth()
                    .setMarginTop(12);
            row(table, "Élève", page.pupil(), bold);
            row(table, "Formation", page.track(), bold);
            List<String> wishes = page.chosenLabels();
            row(table, "Choix pédagogiques", wishes.isEmpty() ? "Aucune option" : String.join("\n", wishes), bold);
            AdministrativeData data = page.data();
            row(table, "Téléphone du domicile", orDash(data.homePhone()), bold);
            row(table, "Téléphone portable", orDash(data.mobilePhone()), bold);
            row(table, "Adresse électronique", data.email(), bold);
            row(table, "Adresse postale", String.join("\n", page.address()) + (data.addressConfirmed()
                    ? "\n(confirmée exacte)" : "\nNouvelle adresse signalée : " + data.addressNote()), bold);
            document.add(table);

            document.add(new Paragraph("Conservez ce récapitulatif. Jusqu’au " + DAY.format(page.deadline())
                    + " inclus, vous pouvez modifier l’inscription sur Scolarité services ; il faudra alors la "
                    + "confirmer de nouveau.").setMarginTop(14));
            document.add(new Paragraph("Édité le " + MOMENT.format(editedAt)).setFontSize(8).setMarginTop(20));
            document.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void row(Table table, String label, String value, PdfFont bold) {
        table.addCell(new Cell().add(new Paragraph(label).setFont(bold)).setBackgroundColor(HEADER_GREY)
                .setBorder(new SolidBorder(RULE, 0.5f)));
        table.addCell(new Cell().add(new Paragraph(value)).setBorder(new SolidBorder(RULE, 0.5f)));
    }

    private static String orDash(String value) {
        return value == null ? "—" : value;
    }
}

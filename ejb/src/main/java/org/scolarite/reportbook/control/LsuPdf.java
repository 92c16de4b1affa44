package org.scolarite.reportbook.control;

import com.itextpdf.io.font.PdfEncodings;
import com.itextpdf.io.font.constants.StandardFonts;
import com.itextpdf.kernel.colors.Color;
import com.itextpdf.kernel.colors.DeviceRgb;
import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.font.PdfFontFactory;
import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.kernel.pdf.event.PdfDocumentEvent;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.borders.SolidBorder;
import com.itextpdf.layout.element.AreaBreak;
import com.itextpdf.layout.element.Cell;
import com.itextpdf.layout.element.Div;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Table;
import com.itextpdf.layout.properties.AreaBreakType;
import com.itextpdf.layout.properties.TextAlignment;
import com.itextpdf.layout.properties.UnitValue;
import com.itextpdf.layout.properties.VerticalAlignment;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.scolarite.platform.control.PdfPageFooter;
import org.scolarite.reportbook.entity.BookHolder;
import org.scolarite.reportbook.entity.CycleAssessment;
import org.scolarite.reportbook.entity.LsuBook;
import org.scolarite.reportbook.entity.MasteryLevel;
import org.scolarite.reportbook.entity.PeriodReport;
import org.scolarite.reportbook.entity.Positioning;
import org.scolarite.reportbook.entity.SubjectEntry;

/**
 * The Livret scolaire CP–3e as a PDF (R-LSU-1), laid out like the national book: a cover block naming the pupil, his
 * class and establishment; one page per periodic report (subjects with the programme worked, the appreciation and the
 * positioning on the four-step scale, the chosen step shaded), the general appreciation and the school-life summary;
 * then each end-of-cycle assessment (the eight components of the socle, the level reached shaded) and its synthesis.
 * A4 portrait, Helvetica (a standard font in WinAnsi, which covers French: nothing to embed), « Page n / m » at the
 * foot as the class lists do. Written straight to {@code out}, never to a file: the book is streamed to the family.
 */
public final class LsuPdf {

    public static final String CONTENT_TYPE = "application/pdf";

    /** The portal's violet, for titles and shaded steps; readable in black-and-white print. */
    private static final Color ACCENT = new DeviceRgb(0x4B, 0x2E, 0x83);
    private static final Color SHADE = new DeviceRgb(0xD9, 0xCF, 0xEE);
    private static final Color HEADER_GREY = new DeviceRgb(0xEE, 0xEE, 0xF2);
    private static final Color RULE = new DeviceRgb(0xB8, 0xB8, 0xC4);
    private static final float MARGIN = 36;
    private static final float FOOTER_Y = 20;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private LsuPdf() {
    }

    /** Writes the whole document; {@code out} stays open: it belongs to the caller (the HTTP response). */
    public static void write(LsuBook book, BookHolder holder, LocalDate editedOn, OutputStream out) {
        try {
            PdfWriter writer = new PdfWriter(out);
            writer.setCloseStream(false);
            PdfDocument pdf = new PdfDocument(writer);
            pdf.getDocumentInfo().setTitle("Livret scolaire — " + holder.pupil());
            PdfFont regular = PdfFontFactory.createFont(StandardFonts.HELVETICA, PdfEncodings.WINANSI);
            PdfFont bold = PdfFontFactory.createFont(StandardFonts.HELVETICA_BOLD, PdfEncodings.WINANSI);
            PdfFont italic = PdfFontFactory.createFont(StandardFonts.HELVETICA_OBLIQUE, PdfEncodings.WINANSI);
            PdfPageFooter footer = new PdfPageFooter(regular, "Livret scolaire de " + holder.pupil() + " — édité le "
                    + DAY.format(editedOn), MARGIN, FOOTER_Y);
            pdf.addEventHandler(PdfDocumentEvent.END_PAGE, footer);
            Document document = new Document(pdf, PageSize.A4);
            document.setMargins(MARGIN, MARGIN, MARGIN + 10, MARGIN);
            document.setFont(regular).setFontSize(9);

            document.add(new Paragraph("Livret scolaire — de l’école au collège").setFont(bold).setFontSize(18)
                    .setFontColor(ACCENT).setMarginBottom(2));
            document.add(new Paragraph(holder.pupil()).setFont(bold).setFontSize(13).setMarginBottom(0));
            document.add(new Paragraph(holder.division() + " — " + holder.establishment()).setFontSize(10)
                    .setMarginBottom(10));
            if (book.isEmpty()) {
                document.add(new Paragraph("Aucun bilan n’a encore été publié dans le livret.").setFont(italic));
            }
            boolean first = true;
            for (PeriodReport report : book.reports()) {
                if (!first) {
                    document.add(new AreaBreak(AreaBreakType.NEXT_PAGE));
                }
                first = false;
                report(document, report, bold, italic);
            }
            for (CycleAssessment assessment : book.assessments()) {
                if (!first) {
                    document.add(new AreaBreak(AreaBreakType.NEXT_PAGE));
                }
                first = false;
                assessment(document, assessment, bold, italic);
            }
            footer.writeTotal(pdf);
            document.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void report(Document document, PeriodReport report, PdfFont bold, PdfFont italic) {
        document.add(section("Bilan périodique — " + report.title(), bold));
        Table table = new Table(UnitValue.createPercentArray(new float[] {19, 25, 32, 6, 6, 6, 6}))
                .useAllAvailableWidth();
        table.addHeaderCell(header("Discipline", bold, 2, 1));
        table.addHeaderCell(header("Éléments du programme travaillés", bold, 2, 1));
        table.addHeaderCell(header("Appréciation", bold, 2, 1));
        table.addHeaderCell(header("Objectifs d’apprentissage", bold, 1, 4).setTextAlignment(TextAlignment.CENTER));
        for (Positioning step : Positioning.values()) {
            table.addHeaderCell(header(step.label(), bold, 1, 1).setFontSize(7).setTextAlignment(TextAlignment.CENTER));
        }
        for (SubjectEntry subject : report.subjects()) {
            Div name = new Div().add(new Paragraph(subject.subjectLabel()).setFont(bold).setMargin(0));
            if (subject.teacher() != null) {
                name.add(new Paragraph(subject.teacher()).setFont(italic).setFontSize(8).setMargin(0));
            }
            table.addCell(new Cell().add(name).setBorder(new SolidBorder(RULE, 0.5f)));
            table.addCell(text(subject.programme()));
            table.addCell(text(subject.appreciation()));
            for (Positioning step : Positioning.values()) {
                Cell cell = new Cell().setBorder(new SolidBorder(RULE, 0.5f))
                        .setVerticalAlignment(VerticalAlignment.MIDDLE);
                if (step == subject.positioning()) {
                    cell.setBackgroundColor(SHADE).add(new Paragraph("X").setFont(bold)
                            .setTextAlignment(TextAlignment.CENTER));
                }
                table.addCell(cell);
            }
        }
        document.add(table);
        if (report.generalAppreciation() != null) {
            document.add(box("Appréciation générale", report.generalAppreciation(), bold));
        }
        if (report.schoolLife() != null) {
            document.add(box("Vie scolaire", report.schoolLife(), bold));
        }
    }

    private static void assessment(Document document, CycleAssessment assessment, PdfFont bold, PdfFont italic) {
        document.add(section(assessment.title(), bold));
        document.add(new Paragraph("Maîtrise des composantes du socle commun de connaissances, de compétences et de "
                + "culture").setFont(italic).setMarginBottom(4));
        Table table = new Table(UnitValue.createPercentArray(new float[] {52, 12, 12, 12, 12})).useAllAvailableWidth();
        table.addHeaderCell(header("Composante du socle", bold, 1, 1));
        for (MasteryLevel level : MasteryLevel.values()) {
            table.addHeaderCell(header(level.label(), bold, 1, 1).setFontSize(7).setTextAlignment(TextAlignment.CENTER));
        }
        for (CycleAssessment.ComponentLevel line : assessment.components()) {
            table.addCell(text(line.component().label()));
            for (MasteryLevel level : MasteryLevel.values()) {
                Cell cell = new Cell().setBorder(new SolidBorder(RULE, 0.5f))
                        .setVerticalAlignment(VerticalAlignment.MIDDLE);
                if (level == line.level()) {
                    cell.setBackgroundColor(SHADE).add(new Paragraph("X").setFont(bold)
                            .setTextAlignment(TextAlignment.CENTER));
                }
                table.addCell(cell);
            }
        }
        document.add(table);
        if (assessment.synthesis() != null) {
            document.add(box("Synthèse des acquis scolaires de l’élève en fin de cycle", assessment.synthesis(), bold));
        }
    }

    private static Paragraph section(String title, PdfFont bold) {
        return new Paragraph(title).setFont(bold).setFontSize(12).setFontColor(ACCENT).setMarginTop(4)
                .setMarginBottom(6).setBorderBottom(new SolidBorder(ACCENT, 1));
    }

    private static Cell header(String text, PdfFont bold, int rows, int columns) {
        return new Cell(rows, columns).add(new Paragraph(text).setFont(bold)).setBackgroundColor(HEADER_GREY)
                .setBorder(new SolidBorder(RULE, 0.5f)).setVerticalAlignment(VerticalAlignment.MIDDLE);
    }

    private static Cell text(String text) {
        return new Cell().add(new Paragraph(text == null ? "" : text)).setBorder(new SolidBorder(RULE, 0.5f));
    }

    private static Div box(String title, String text, PdfFont bold) {
        return new Div().setBorder(new SolidBorder(RULE, 0.5f)).setPadding(6).setMarginTop(8)
                .add(new Paragraph(title).setFont(bold).setMargin(0).setMarginBottom(2))
                .add(new Paragraph(text).setMargin(0));
    }
}

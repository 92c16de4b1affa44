package org.scolarite.account.control;

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
import com.itextpdf.layout.element.Cell;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Table;
import com.itextpdf.layout.properties.UnitValue;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.scolarite.account.entity.StudentAccountList;
import org.scolarite.account.entity.StudentListRow;
import org.scolarite.platform.control.PdfPageFooter;

/**
 * The printable class list (R-LIST-1), for a teacher handing out identifiers and temporary passwords in class: A4
 * landscape (seven columns stay readable), the establishment, the list's title and the moment of edition on top, the
 * columns of the screen with their header row repeated on every page, continuity accounts in red (R-ACC-7), and on
 * each page its number « Page n / m » and the reminder that the sheet holds passwords and must be destroyed
 * (R-SEC-1). Helvetica, one of the 14 standard fonts: nothing to embed, and its WinAnsi encoding covers French.
 *
 * <p>Written straight to {@code out}, page by page, never to a file (R-SEC-1). The total « m » is not known until the
 * end: each page draws a shared placeholder that is filled in just before the document closes.
 */
@ApplicationScoped
public class StudentListPdf {

    public static final String CONTENT_TYPE = "application/pdf";
    public static final String CONFIDENTIAL = "Document confidentiel\u00a0: contient des mots de passe provisoires. "
            + "À détruire après distribution.";

    /** The dark red of the console's error texts: readable in black-and-white print as well. */
    private static final Color CONTINUITY_RED = new DeviceRgb(0xB0, 0x00, 0x20);
    private static final Color HEADER_GREY = new DeviceRgb(0xE5, 0xE5, 0xEA);
    private static final float MARGIN = 36;
    private static final float FOOTER_Y = 20;
    /** Relative widths of the columns, without and with the « Groupe » column. */
    private static final float[] WIDTHS = {27, 8, 13, 20, 18, 14};
    private static final float[] WIDTHS_WITH_GROUP = {19, 7, 11, 12, 19, 18, 14};

    /** Writes the whole document; {@code out} stays open: it belongs to the caller (the HTTP response). */
    public void write(StudentAccountList list, OutputStream out) {
        try {
            PdfWriter writer = new PdfWriter(out);
            writer.setCloseStream(false);
            PdfDocument pdf = new PdfDocument(writer);
            pdf.getDocumentInfo().setTitle(list.title());
            PdfFont regular = PdfFontFactory.createFont(StandardFonts.HELVETICA);
            PdfFont bold = PdfFontFactory.createFont(StandardFonts.HELVETICA_BOLD);
            PdfPageFooter footer = new PdfPageFooter(regular, CONFIDENTIAL, MARGIN, FOOTER_Y);
            pdf.addEventHandler(PdfDocumentEvent.END_PAGE, footer);
            Document document = new Document(pdf, PageSize.A4.rotate());
            document.setMargins(MARGIN, MARGIN, MARGIN + 14, MARGIN);
            document.setFont(regular).setFontSize(10);

            document.add(new Paragraph(list.establishmentLine()).setFont(bold).setFontSize(11).setMarginBottom(2));
            document.add(new Paragraph(list.title()).setFont(bold).setFontSize(15).setMarginBottom(2));
            document.add(new Paragraph(list.editedLine()).setFontSize(9).setMarginBottom(8));
            document.add(table(list, bold));

            footer.writeTotal(pdf);
            document.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Table table(StudentAccountList list, PdfFont bold) {
        Table table = new Table(UnitValue.createPercentArray(list.byGroup() ? WIDTHS_WITH_GROUP : WIDTHS))
                .useAllAvailableWidth();
        for (String header : list.headers()) {
            table.addHeaderCell(new Cell().add(new Paragraph(header).setFont(bold))
                    .setBackgroundColor(HEADER_GREY));
        }
        for (StudentListRow row : list.rows()) {
            List<String> cells = list.cells(row);
            for (String text : cells) {
                Cell cell = new Cell().add(new Paragraph(text));
                if (row.continuity()) {
                    cell.setFontColor(CONTINUITY_RED);
                }
                table.addCell(cell);
            }
        }
        return table;
    }
}

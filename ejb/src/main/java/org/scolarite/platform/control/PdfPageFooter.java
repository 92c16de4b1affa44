package org.scolarite.platform.control;

import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfPage;
import com.itextpdf.kernel.pdf.canvas.PdfCanvas;
import com.itextpdf.kernel.pdf.event.AbstractPdfDocumentEvent;
import com.itextpdf.kernel.pdf.event.AbstractPdfDocumentEventHandler;
import com.itextpdf.kernel.pdf.event.PdfDocumentEvent;
import com.itextpdf.kernel.pdf.xobject.PdfFormXObject;
import com.itextpdf.layout.Canvas;
import com.itextpdf.layout.properties.TextAlignment;

/**
 * The foot of every page of the documents the application prints (class lists, report books, receipts): a line of
 * text on the left, « Page n / m » on the right. The page count is not known while pages are written, so each page
 * shows one shared placeholder that {@link #writeTotal} fills once the document is complete. Register it for
 * {@link PdfDocumentEvent#END_PAGE}, and call {@code writeTotal} before closing the document.
 */
public final class PdfPageFooter extends AbstractPdfDocumentEventHandler {

    private static final float FONT_SIZE = 8;
    private static final float PLACEHOLDER_WIDTH = 24;

    private final PdfFont font;
    private final String line;
    private final float margin;
    private final float baseline;
    private final PdfFormXObject total = new PdfFormXObject(new Rectangle(0, 0, PLACEHOLDER_WIDTH, FONT_SIZE + 4));

    /**
     * @param margin   the page's side margin (the text starts and the count ends there)
     * @param baseline the height of the text above the bottom of the page
     */
    public PdfPageFooter(PdfFont font, String line, float margin, float baseline) {
        this.font = font;
        this.line = line;
        this.margin = margin;
        this.baseline = baseline;
    }

    @Override
    protected void onAcceptedEvent(AbstractPdfDocumentEvent event) {
        PdfPage page = ((PdfDocumentEvent) event).getPage();
        PdfDocument pdf = event.getDocument();
        Rectangle size = page.getPageSize();
        PdfCanvas pdfCanvas = new PdfCanvas(page.newContentStreamAfter(), page.getResources(), pdf);
        float right = size.getRight() - margin - PLACEHOLDER_WIDTH;
        try (Canvas canvas = new Canvas(pdfCanvas, size)) {
            canvas.setFont(font).setFontSize(FONT_SIZE);
            canvas.showTextAligned(line, size.getLeft() + margin, baseline, TextAlignment.LEFT);
            canvas.showTextAligned("Page " + pdf.getPageNumber(page) + " /\u00a0", right, baseline, TextAlignment.RIGHT);
        }
        pdfCanvas.addXObjectAt(total, right, baseline - 2.5f);
        pdfCanvas.release();
    }

    /** Writes the number of pages into every page's placeholder: once, when the last page was written. */
    public void writeTotal(PdfDocument pdf) {
        try (Canvas canvas = new Canvas(total, pdf)) {
            canvas.setFont(font).setFontSize(FONT_SIZE);
            canvas.showTextAligned(String.valueOf(pdf.getNumberOfPages()), 0, 2.5f, TextAlignment.LEFT);
        }
    }
}

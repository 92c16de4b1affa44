package org.scolarite.notification.control;

import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.borders.Border;
import com.itextpdf.layout.borders.DashedBorder;
import com.itextpdf.layout.borders.SolidBorder;
import com.itextpdf.layout.element.AreaBreak;
import com.itextpdf.layout.element.Cell;
import com.itextpdf.layout.element.Div;
import com.itextpdf.layout.element.IBlockElement;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Table;
import com.itextpdf.layout.element.Text;
import com.itextpdf.layout.layout.LayoutArea;
import com.itextpdf.layout.layout.LayoutContext;
import com.itextpdf.layout.properties.AreaBreakType;
import com.itextpdf.layout.properties.Property;
import com.itextpdf.layout.properties.TextAlignment;
import com.itextpdf.layout.properties.UnitValue;
import com.itextpdf.layout.properties.VerticalAlignment;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.scolarite.notification.control.HtmlToLayout.Block;
import org.scolarite.notification.control.HtmlToLayout.Mark;
import org.scolarite.notification.entity.LetterField;

/**
 * Writes notification letters (R-SET-4) into one streamed A4 PDF, as the console's paper notification produces it
 * (R-MASS-1: one PDF for the whole selection, a letter even without postal address; R-SEC-1: streamed to the user,
 * never kept on the server).
 *
 * <p>Each {@link #add added} letter starts on a new page. Its templates are filled by {@link LetterRenderer} (values
 * escaped, multi-line values on separate lines) and the resulting HTML is laid out as a French administrative letter
 * for a window envelope: the header's blocks holding the recipient's name or address go into the window, the other
 * header blocks (establishment, address, phone) at the top left, the block with the city and date right-aligned below
 * the window, then the body, whose CNIL mention is set small. A header edited so that it has no recipient field flows
 * in order instead. A guardian's letter ends with the refusal coupon (R-ACC-9) at the foot of its last page, after a
 * dashed cut line; it is never split: when the body leaves no room for it, it goes to the foot of the next page.
 *
 * <p><b>Memory</b>: the layout document runs in immediate-flush mode: each block is drawn as soon as it is laid out
 * and iText writes a page out when the page after next begins (it keeps one page back for keep-together moves), so
 * at most two pages and the cross-reference table (a few bytes per object) stay in memory, however many letters.
 * The delayed mode ({@code new Document(pdf, size, false)}) would keep every renderer until {@code close()}.
 *
 * <p><b>Fonts</b>: the standard Helvetica faces in WinAnsi encoding, not embedded (see {@link LetterFonts}): French is
 * fully covered; a character outside Windows-1252 (« Nguyễn », « Łukasz ») prints without its accent or as a close
 * ASCII form, else as « ? ». iText is AGPL, like this project.
 *
 * <p><b>Stream</b>: {@link #close()} finishes the PDF and flushes {@code out} but does not close it: the caller owns
 * the stream (typically a servlet response, which the container closes). Not thread-safe: one writer per download.
 */
public final class LetterPdfWriter implements AutoCloseable {

    private static final float MM = 72f / 25.4f;
    private static final PageSize PAGE = PageSize.A4;

    /*
     * Window of a DL (110 × 220 mm) or C5/6 « enveloppe à fenêtre »: a 100 × 45 mm window 20 mm from the right edge
     * and 15 mm from the bottom. An A4 sheet folded in three is about 99 × 210 mm and moves up to ~10 mm inside the
     * envelope both ways, so the part of the sheet always seen through the window is about 110–195 mm from the left
     * and 50–85 mm from the top; La Poste's addressing advice for window envelopes (block 85 mm wide, at 110 mm from
     * the left) agrees. The address lines stay inside that rectangle, left-aligned as La Poste asks.
     */
    static final float WINDOW_LEFT_MM = 110;
    static final float WINDOW_TOP_MM = 50;
    static final float WINDOW_WIDTH_MM = 85;
    static final float WINDOW_HEIGHT_MM = 35;
    /** Below the window, with a gap so that no line of the letter shows through it when the sheet slides down. */
    static final float BELOW_WINDOW_MM = WINDOW_TOP_MM + WINDOW_HEIGHT_MM + 2;
    /** Usual French letter margins; the right one ends where the window ends so that both edges line up. */
    static final float LEFT_MARGIN_MM = 20;
    static final float RIGHT_MARGIN_MM = 210 - WINDOW_LEFT_MM - WINDOW_WIDTH_MM;
    /** Small top and bottom margins, within every office printer's printable area: a one-page letter is dense. */
    static final float TOP_MARGIN_MM = 12;
    static final float BOTTOM_MARGIN_MM = 10;
    /** The establishment's column stops 5 mm before the window so that it never shows through it. */
    private static final float HEADER_COLUMN_WIDTH_MM = WINDOW_LEFT_MM - 5 - LEFT_MARGIN_MM;

    /** The CNIL mention, the letter's fine print (R-SET-4). */
    static final float CNIL_SIZE = 7.5f;
    private static final float COUPON_SIZE = 8.5f;
    /** Rounding slack when placing the coupon at the foot of the page: one point less than the room measured. */
    private static final float SLACK = 1f;

    private final OutputStream out;
    private final PdfDocument pdf;
    private final Document document;
    private final LetterFonts fonts;
    private final HtmlToLayout html;
    private int letters;
    private boolean closed;

    /**
     * Starts a PDF of A4 portrait letters on {@code out}.
     *
     * @param documentTitle the title readers show (document information), e.g. « Courriers de notification – 4A »
     */
    public LetterPdfWriter(OutputStream out, String documentTitle) {
        this.out = Objects.requireNonNull(out, "out");
        PdfWriter writer = new PdfWriter(out);
        writer.setCloseStream(false);
        pdf = new PdfDocument(writer);
        pdf.setDefaultPageSize(PAGE);
        pdf.getDocumentInfo().setTitle(Objects.requireNonNullElse(documentTitle, ""));
        document = new Document(pdf, PAGE, true);
        document.setMargins(TOP_MARGIN_MM * MM, RIGHT_MARGIN_MM * MM, BOTTOM_MARGIN_MM * MM, LEFT_MARGIN_MM * MM);
        fonts = new LetterFonts();
        html = new HtmlToLayout(fonts);
        document.setFont(fonts.font(false, false)).setFontSize(HtmlToLayout.BASE_SIZE);
    }

    /**
     * Appends a letter, starting on a new page; it takes a second page if its body is long or its coupon does not
     * fit below it. Pages before the current one are written out as the letter goes.
     */
    public void add(PrintableLetter letter) {
        if (closed) {
            throw new IllegalStateException("The PDF is already closed");
        }
        if (letters > 0) {
            document.add(new AreaBreak(AreaBreakType.NEXT_PAGE));
        }
        Map<LetterField, String> values = withoutMarkers(letter.values());
        List<Block> header = html.convert(LetterRenderer.render(letter.headerTemplate(), marked(values)));
        if (header.stream().anyMatch(block -> block.marks().contains(Mark.RECIPIENT))) {
            addWindowHeader(header);
        } else {
            addFlowing(header);
        }
        for (Block block : html.convert(LetterRenderer.render(letter.bodyTemplate(), values))) {
            if (block.marks().contains(Mark.CNIL)) {
                block.element().setProperty(Property.FONT_SIZE, UnitValue.createPointValue(CNIL_SIZE));
                block.element().setProperty(Property.MARGIN_TOP, UnitValue.createPointValue(CNIL_SIZE / 2));
            }
            document.add(block.element());
        }
        letter.coupon().ifPresent(this::addCouponAtFoot);
        letters++;
    }

    /** The number of letters added so far. */
    public int letterCount() {
        return letters;
    }

    /** The number of pages begun so far (all of them once closed). */
    public int pageCount() {
        return pdf.getNumberOfPages();
    }

    /**
     * Finishes the PDF and flushes {@code out}, which stays open. A PDF needs a page: without any letter, it holds
     * one saying so. Closing twice does nothing.
     */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (letters == 0) {
            document.add(new Paragraph("Aucun courrier à imprimer."));
        }
        document.close();
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The header of a window envelope letter: establishment top left, recipient in the window, date below. */
    private void addWindowHeader(List<Block> header) {
        Div establishment = new Div().setWidth(HEADER_COLUMN_WIDTH_MM * MM);
        Div recipient = new Div();
        List<IBlockElement> placeAndDate = new ArrayList<>();
        for (Block block : header) {
            if (block.blank()) {
                continue; // spacers written for the on-screen preview: positions replace them here
            }
            if (block.marks().contains(Mark.RECIPIENT)) {
                recipient.add(leftAligned(block.element()));
            } else if (block.marks().contains(Mark.PLACE_AND_DATE)) {
                block.element().setProperty(Property.TEXT_ALIGNMENT, TextAlignment.RIGHT);
                placeAndDate.add(block.element());
            } else {
                establishment.add(block.element());
            }
        }
        document.add(establishment);
        float windowBottom = (297 - WINDOW_TOP_MM - WINDOW_HEIGHT_MM) * MM;
        recipient.setFixedPosition(WINDOW_LEFT_MM * MM, windowBottom, WINDOW_WIDTH_MM * MM)
                .setHeight(WINDOW_HEIGHT_MM * MM);
        document.add(recipient);
        // The body starts below the window, or lower if the establishment's column is longer.
        float gap = currentArea().getBBox().getTop() - (297 - BELOW_WINDOW_MM) * MM;
        if (gap > 0) {
            document.add(new Div().setHeight(gap));
        }
        placeAndDate.forEach(document::add);
    }

    private void addFlowing(List<Block> header) {
        for (Block block : header) {
            document.add(block.element());
        }
    }

    /** In the window, lines start at its left edge whatever the template's alignment (La Poste's rule). */
    private static IBlockElement leftAligned(IBlockElement element) {
        element.setProperty(Property.TEXT_ALIGNMENT, TextAlignment.LEFT);
        element.setProperty(Property.MARGIN_LEFT, UnitValue.createPointValue(0));
        element.setProperty(Property.MARGIN_BOTTOM, UnitValue.createPointValue(0));
        return element;
    }

    /**
     * The coupon at the foot of the current page if it fits below the body, else at the foot of a new page: it is
     * measured first, then pushed down by a top margin equal to the room left.
     */
    private void addCouponAtFoot(RefusalCoupon coupon) {
        Div div = couponOf(coupon);
        float width = PAGE.getWidth() - (LEFT_MARGIN_MM + RIGHT_MARGIN_MM) * MM;
        float height = div.createRendererSubTree().setParent(document.getRenderer())
                .layout(new LayoutContext(new LayoutArea(1, new Rectangle(width, PAGE.getHeight() * 4))))
                .getOccupiedArea().getBBox().getHeight();
        float room = currentArea().getBBox().getHeight();
        if (room < height + SLACK) {
            document.add(new AreaBreak(AreaBreakType.NEXT_PAGE));
            room = currentArea().getBBox().getHeight();
        }
        div.setMarginTop(Math.max(0, room - height - SLACK));
        document.add(div);
    }

    private LayoutArea currentArea() {
        return document.getRenderer().getCurrentArea();
    }

    /**
     * The two refusals of the guide (§3.2): for the guardian himself, and for the children (ticked one by one), each
     * with its own « Fait à … le … Signature ». Two columns keep it to about a fifth of the page.
     */
    private Div couponOf(RefusalCoupon coupon) {
        Div div = new Div().setKeepTogether(true).setFontSize(COUPON_SIZE);
        div.add(new Paragraph(text("Coupon à retourner à l’établissement en cas de refus", false, true))
                .setBorderTop(new DashedBorder(0.7f)).setPaddingTop(2).setMarginBottom(3)
                .setFontSize(CNIL_SIZE).setTextAlignment(TextAlignment.CENTER));
        div.add(line().add(text("Responsable légal\u00a0: ", false, false))
                .add(text(coupon.guardianName(), true, false)).setMarginBottom(3));

        Cell guardian = new Cell().setBorder(Border.NO_BORDER).setPaddingLeft(0).setPaddingRight(8);
        guardian.add(line().add(text("Refus de l’accès aux services en ligne du responsable", true, false)));
        guardian.add(line().add(text("Je ne souhaite pas accéder aux services en ligne de l’établissement pour\u00a0:",
                false, false)));
        for (String child : coupon.children()) {
            guardian.add(line().add(text(child, false, false)).setMarginLeft(8));
        }

        Cell student = new Cell().setBorder(Border.NO_BORDER).setPaddingLeft(8).setPaddingRight(0)
                .setBorderLeft(new SolidBorder(0.5f));
        student.add(line().add(text("Refus de l’accès aux services en ligne pour l’élève "
                + "(hors applications pédagogiques)", true, false)));
        student.add(line().add(text("Je ne souhaite pas que l’élève coché ci-dessous accède aux services en ligne\u00a0:",
                false, false)));
        for (String child : coupon.children()) {
            student.add(line().add(checkbox()).add(text("\u00a0\u00a0" + child, false, false)).setMarginLeft(8));
        }

        guardian.add(signature());
        student.add(signature());
        Table columns = new Table(UnitValue.createPercentArray(2)).useAllAvailableWidth()
                .setVerticalAlignment(VerticalAlignment.TOP);
        columns.addCell(guardian);
        columns.addCell(student);
        div.add(columns);
        return div;
    }

    private Paragraph signature() {
        return line().add(text("Fait à ………………………… le ……………………\u00a0\u00a0\u00a0Signature\u00a0:", false, false))
                .setMarginTop(5).setMarginBottom(10);
    }

    private static Paragraph line() {
        return new Paragraph().setMargin(0).setMultipliedLeading(1.2f);
    }

    private Text text(String content, boolean bold, boolean italic) {
        return new Text(fonts.printable(content)).setFont(fonts.font(bold, italic));
    }

    /** An empty square to tick: the standard fonts have no ballot box, so three spaces with a border. */
    private Text checkbox() {
        Text box = new Text("\u00a0\u00a0\u00a0").setFont(fonts.font(false, false));
        box.setBorder(new SolidBorder(0.6f));
        return box;
    }

    /** Values as the renderer will print them, without the layout's marker characters should any value hold one. */
    private static Map<LetterField, String> withoutMarkers(Map<LetterField, String> values) {
        Map<LetterField, String> clean = new EnumMap<>(LetterField.class);
        values.forEach((field, value) -> clean.put(field, value == null ? null : value
                .replace(String.valueOf(HtmlToLayout.RECIPIENT_MARKER), "")
                .replace(String.valueOf(HtmlToLayout.PLACE_AND_DATE_MARKER), "")));
        return clean;
    }

    /**
     * The header's values with a marker before the recipient's and the date's, so that the converter can tell which
     * blocks hold them; a missing address is marked too, so that its block is still found (and left empty).
     */
    private static Map<LetterField, String> marked(Map<LetterField, String> values) {
        Map<LetterField, String> marked = new EnumMap<>(LetterField.class);
        marked.putAll(values);
        for (LetterField field : List.of(LetterField.RECIPIENT_NAME, LetterField.RECIPIENT_ADDRESS)) {
            marked.put(field, HtmlToLayout.RECIPIENT_MARKER + Objects.requireNonNullElse(values.get(field), ""));
        }
        marked.put(LetterField.PLACE_AND_DATE, HtmlToLayout.PLACE_AND_DATE_MARKER
                + Objects.requireNonNullElse(values.get(LetterField.PLACE_AND_DATE), ""));
        return marked;
    }
}

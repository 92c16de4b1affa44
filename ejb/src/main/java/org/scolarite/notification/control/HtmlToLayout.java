package org.scolarite.notification.control;

import com.itextpdf.layout.element.Cell;
import com.itextpdf.layout.element.IBlockElement;
import com.itextpdf.layout.element.ListItem;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Table;
import com.itextpdf.layout.element.Text;
import com.itextpdf.layout.properties.ListNumberingType;
import com.itextpdf.layout.properties.TextAlignment;
import com.itextpdf.layout.properties.UnitValue;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.owasp.html.HtmlSanitizer;
import org.scolarite.notification.entity.LetterField;

/**
 * Turns the HTML of a rendered letter part into iText layout blocks, one per top-level block of the template.
 *
 * <p>The HTML is the letter policy's output ({@code RichTextPolicy.LETTER}: Quill's paragraphs, emphasis, lists,
 * links, headings and tables) with escaped values in it. It is read with the OWASP sanitiser's tokenizer, which
 * decodes entities and hands over tags and text as events, so no markup is parsed by hand. Mapping: {@code p} →
 * paragraph; {@code strong/b, em/i, u, s} → faces and lines; {@code br} → new line; {@code ol/ul/li} → numbered or
 * bullet list (Quill 2 marks bullets with {@code data-list="bullet"}); classes {@code ql-align-*} → alignment,
 * {@code ql-indent-N} → N × 10 mm left margin, {@code ql-size-*} → Quill's relative sizes; {@code h1-h3} → bold,
 * larger; {@code a} → underlined text followed by its address, since paper has no links; tables → a plain table.
 * Any other tag is dropped and its text kept.
 *
 * <p>A letter's layout needs to know which top-level block holds which field. The writer passes values preceded by
 * a private-use marker character ({@link #RECIPIENT_MARKER}, {@link #PLACE_AND_DATE_MARKER}) that the renderer
 * escapes like any other text; each block reports the markers met in its text and they are removed from what is
 * printed. The CNIL block is recognised by the domain's fixed text, which no value can replace.
 */
final class HtmlToLayout {

    /** Marks a block holding the recipient's name or address (the window of the envelope). */
    static final char RECIPIENT_MARKER = '\uE010';
    /** Marks a block holding the city and date of the letter. */
    static final char PLACE_AND_DATE_MARKER = '\uE011';

    /** What a top-level block holds, as far as the letter's layout is concerned. */
    enum Mark { RECIPIENT, PLACE_AND_DATE, CNIL }

    /**
     * A top-level block of the part.
     *
     * @param blank true when it shows no text (Quill's {@code <p><br></p>} spacers)
     */
    record Block(IBlockElement element, Set<Mark> marks, boolean blank) {
    }

    /** Body text size, in points; other sizes are relative to it, as in Quill's style sheet. */
    static final float BASE_SIZE = 10f;
    /**
     * Line height and space after a paragraph: tighter than a browser's, so that the longest default letter, its
     * CNIL mention and the refusal coupon of a guardian with three children fit on one A4 page.
     */
    private static final float LEADING = 1.12f;
    private static final float PARAGRAPH_SPACING = BASE_SIZE * 0.25f;
    private static final float MM = 72f / 25.4f;
    private static final float INDENT_STEP = 10 * MM;
    private static final Pattern HTML_WHITESPACE = Pattern.compile("[ \\t\\n\\r\\f]+");
    private static final Pattern INDENT_CLASS = Pattern.compile("ql-indent-([1-8])");
    private static final Pattern STYLE_DECLARATION = Pattern.compile("([a-z-]+)\\s*:\\s*([^;]+)");

    private final LetterFonts fonts;

    HtmlToLayout(LetterFonts fonts) {
        this.fonts = fonts;
    }

    /** The blocks of the HTML, in order; an empty or {@code null} part gives none. */
    List<Block> convert(String html) {
        Converter converter = new Converter();
        HtmlSanitizer.sanitize(html == null ? "" : html, converter);
        return converter.blocks;
    }

    /** Inline formatting in force: pushed by an opening tag, popped by its closing tag. */
    private record Style(boolean bold, boolean italic, boolean underline, boolean strike, Float size) {

        static final Style PLAIN = new Style(false, false, false, false, null);

        Style withBold() {
            return new Style(true, italic, underline, strike, size);
        }

        Style withItalic() {
            return new Style(bold, true, underline, strike, size);
        }

        Style withUnderline() {
            return new Style(bold, italic, true, strike, size);
        }

        Style withStrike() {
            return new Style(bold, italic, underline, true, size);
        }

        Style withSize(Float points) {
            return points == null ? this : new Style(bold, italic, underline, strike, points);
        }
    }

    /** An open element and what to undo when it closes. */
    private record Frame(String tag, Runnable onClose) {
    }

    /** Receives the tokenizer's events, one instance per conversion. */
    private final class Converter implements HtmlSanitizer.Policy {

        private final List<Block> blocks = new ArrayList<>();
        private final Deque<Frame> open = new ArrayDeque<>();
        private final Deque<Style> styles = new ArrayDeque<>(List.of(Style.PLAIN));
        /** Where a finished block goes: the top level, a list item or a table cell. */
        private final Deque<Consumer<IBlockElement>> sinks = new ArrayDeque<>();
        private final Deque<ListBuilder> lists = new ArrayDeque<>();
        private final Deque<List<List<Cell>>> tables = new ArrayDeque<>();
        /** The paragraph receiving text, or null between blocks. */
        private Paragraph paragraph;
        private boolean atLineStart;
        private boolean implicitParagraph;
        /** Text of the top-level block in progress, whitespace collapsed, to recognise the CNIL mention. */
        private final StringBuilder blockText = new StringBuilder();
        private final Set<Mark> blockMarks = EnumSet.noneOf(Mark.class);

        Converter() {
            sinks.push(this::emitTopLevel);
        }

        @Override
        public void openDocument() {
        }

        @Override
        public void closeDocument() {
            endImplicitParagraph();
        }

        @Override
        public void openTag(String name, List<String> attributes) {
            String classes = attribute(attributes, "class");
            switch (name) {
                case "p", "h1", "h2", "h3", "div" -> openParagraph(name, classes, attribute(attributes, "style"));
                case "br" -> {
                    ensureParagraph();
                    paragraph.add(new Text("\n"));
                    atLineStart = true;
                }
                case "strong", "b" -> pushStyle(name, style().withBold());
                case "em", "i" -> pushStyle(name, style().withItalic());
                case "u" -> pushStyle(name, style().withUnderline());
                case "s", "strike", "del" -> pushStyle(name, style().withStrike());
                case "span" -> pushStyle(name, spanStyle(classes, attribute(attributes, "style")));
                case "a" -> openLink(attribute(attributes, "href"));
                case "ul", "ol" -> openList(name);
                case "li" -> openListItem(classes, attribute(attributes, "data-list"));
                case "table" -> openTable();
                case "tr" -> openRow();
                case "td", "th" -> openCell(name);
                default -> open.push(new Frame(name, () -> { }));
            }
        }

        @Override
        public void closeTag(String name) {
            // Closes up to the matching element: what the sanitiser balanced stays balanced, a stray end tag is
            // ignored.
            if (open.stream().noneMatch(frame -> frame.tag().equals(name))) {
                return;
            }
            Frame frame;
            do {
                frame = open.pop();
                frame.onClose().run();
            } while (!frame.tag().equals(name));
        }

        @Override
        public void text(String raw) {
            String text = HTML_WHITESPACE.matcher(raw).replaceAll(" ");
            if (text.indexOf(RECIPIENT_MARKER) >= 0 || text.indexOf(PLACE_AND_DATE_MARKER) >= 0) {
                if (text.indexOf(RECIPIENT_MARKER) >= 0) {
                    blockMarks.add(Mark.RECIPIENT);
                }
                if (text.indexOf(PLACE_AND_DATE_MARKER) >= 0) {
                    blockMarks.add(Mark.PLACE_AND_DATE);
                }
                text = text.replace(String.valueOf(RECIPIENT_MARKER), "")
                        .replace(String.valueOf(PLACE_AND_DATE_MARKER), "");
                // A marked empty value still opens its block: a recipient without address keeps the window.
                ensureParagraph();
            }
            if (paragraph == null && text.isBlank()) {
                return; // indentation between blocks
            }
            ensureParagraph();
            if (atLineStart) {
                text = text.stripLeading();
            }
            if (text.isEmpty()) {
                return;
            }
            atLineStart = false;
            blockText.append(text);
            Style style = style();
            Text leaf = new Text(fonts.printable(text)).setFont(fonts.font(style.bold(), style.italic()));
            if (style.size() != null) {
                leaf.setFontSize(style.size());
            }
            if (style.underline()) {
                leaf.setUnderline();
            }
            if (style.strike()) {
                leaf.setLineThrough();
            }
            paragraph.add(leaf);
        }

        private Style style() {
            return styles.peek();
        }

        private void pushStyle(String tag, Style style) {
            styles.push(style);
            open.push(new Frame(tag, styles::pop));
        }

        private void openParagraph(String tag, String classes, String css) {
            endImplicitParagraph();
            Paragraph p = paragraph(classes, css);
            Style style = style();
            if (tag.charAt(0) == 'h') {
                float scale = switch (tag) {
                    case "h1" -> 1.6f;
                    case "h2" -> 1.3f;
                    default -> 1.15f;
                };
                style = style.withBold().withSize(BASE_SIZE * scale);
                p.setMarginTop(BASE_SIZE * 0.5f);
            }
            styles.push(style);
            paragraph = p;
            atLineStart = true;
            open.push(new Frame(tag, () -> {
                styles.pop();
                endParagraph();
            }));
        }

        private void openLink(String href) {
            styles.push(style().withUnderline());
            int textBefore = blockText.length();
            open.push(new Frame("a", () -> {
                styles.pop();
                String shown = blockText.substring(Math.min(textBefore, blockText.length())).strip();
                // On paper the address is the link: shown unless the text already is that address.
                if (href != null && !href.isBlank() && !shown.equals(href.strip())
                        && !shown.equals(href.strip().replaceFirst("^mailto:", ""))) {
                    text(" (" + href.strip().replaceFirst("^mailto:", "") + ")");
                }
            }));
        }

        private void openList(String tag) {
            endImplicitParagraph();
            ListBuilder builder = new ListBuilder(tag.equals("ol"));
            lists.push(builder);
            open.push(new Frame(tag, () -> {
                endImplicitParagraph();
                lists.pop();
                if (builder.list != null) {
                    sinks.peek().accept(builder.list);
                }
            }));
        }

        private void openListItem(String classes, String dataList) {
            endImplicitParagraph();
            if (lists.isEmpty()) { // an item outside any list: its text as a paragraph
                openParagraph("li", classes, null);
                return;
            }
            ListBuilder builder = lists.peek();
            com.itextpdf.layout.element.List list = builder.listFor("bullet".equals(dataList));
            ListItem item = new ListItem();
            indent(item, classes);
            sinks.push(item::add);
            open.push(new Frame("li", () -> {
                endImplicitParagraph();
                sinks.pop();
                list.add(item);
            }));
        }

        private void openTable() {
            endImplicitParagraph();
            List<List<Cell>> rows = new ArrayList<>();
            tables.push(rows);
            open.push(new Frame("table", () -> {
                endImplicitParagraph();
                tables.pop();
                int columns = rows.stream().mapToInt(List::size).max().orElse(0);
                if (columns == 0) {
                    return;
                }
                Table table = new Table(UnitValue.createPercentArray(columns)).useAllAvailableWidth()
                        .setMarginBottom(PARAGRAPH_SPACING);
                for (List<Cell> row : rows) {
                    row.forEach(table::addCell);
                    for (int missing = row.size(); missing < columns; missing++) {
                        table.addCell(new Cell());
                    }
                }
                sinks.peek().accept(table);
            }));
        }

        private void openRow() {
            if (!tables.isEmpty()) {
                tables.peek().add(new ArrayList<>());
            }
            open.push(new Frame("tr", () -> { }));
        }

        private void openCell(String tag) {
            endImplicitParagraph();
            if (tables.isEmpty()) { // a cell outside any table: its text as a paragraph
                openParagraph(tag, null, null);
                return;
            }
            List<List<Cell>> rows = tables.peek();
            if (rows.isEmpty()) {
                rows.add(new ArrayList<>());
            }
            Cell cell = new Cell().setPadding(BASE_SIZE * 0.25f);
            rows.get(rows.size() - 1).add(cell);
            sinks.push(cell::add);
            styles.push(tag.equals("th") ? style().withBold() : style());
            open.push(new Frame(tag, () -> {
                endImplicitParagraph();
                styles.pop();
                sinks.pop();
            }));
        }

        /** Text outside any block (the school typed straight into a list item, a cell or the top level). */
        private void ensureParagraph() {
            if (paragraph == null) {
                paragraph = paragraph(null, null);
                atLineStart = true;
                implicitParagraph = true;
            }
        }

        private void endImplicitParagraph() {
            if (implicitParagraph) {
                endParagraph();
            }
        }

        private void endParagraph() {
            if (paragraph != null) {
                Paragraph finished = paragraph;
                paragraph = null;
                implicitParagraph = false;
                sinks.peek().accept(finished);
            }
        }

        /** A block reaching the top level: reports what it holds and starts afresh for the next one. */
        private void emitTopLevel(IBlockElement element) {
            Set<Mark> marks = EnumSet.noneOf(Mark.class);
            marks.addAll(blockMarks);
            String text = blockText.toString().replace('\u00a0', ' ');
            if (text.contains(CNIL_TEXT)) {
                marks.add(Mark.CNIL);
            }
            blocks.add(new Block(element, marks, text.isBlank()));
            blockMarks.clear();
            blockText.setLength(0);
        }

        private Style spanStyle(String classes, String css) {
            Style style = style().withSize(quillSize(classes));
            for (Matcher declaration = STYLE_DECLARATION.matcher(css == null ? "" : css); declaration.find(); ) {
                String value = declaration.group(2).trim();
                switch (declaration.group(1)) {
                    case "font-weight" -> style = isBold(value) ? style.withBold() : style;
                    case "font-style" -> style = value.equals("italic") ? style.withItalic() : style;
                    case "text-decoration" -> {
                        style = value.contains("underline") ? style.withUnderline() : style;
                        style = value.contains("line-through") ? style.withStrike() : style;
                    }
                    default -> { } // colours are not printed: letters go to black-and-white printers
                }
            }
            return style;
        }
    }

    /** An open {@code ul}/{@code ol}; its iText list is made at the first item, which tells the bullet kind. */
    private static final class ListBuilder {

        private final boolean ordered;
        private com.itextpdf.layout.element.List list;

        ListBuilder(boolean ordered) {
            this.ordered = ordered;
        }

        com.itextpdf.layout.element.List listFor(boolean bulletItem) {
            if (list == null) {
                list = ordered && !bulletItem ? new com.itextpdf.layout.element.List(ListNumberingType.DECIMAL)
                        : new com.itextpdf.layout.element.List().setListSymbol("\u2022");
                list.setSymbolIndent(BASE_SIZE * 0.8f).setMarginLeft(INDENT_STEP * 0.5f)
                        .setMarginTop(0).setMarginBottom(PARAGRAPH_SPACING);
            }
            return list;
        }
    }

    private static final String CNIL_TEXT = LetterField.CNIL_MENTION_TEXT.replace('\u00a0', ' ');

    /** A paragraph with the letter's spacing and the alignment and indentation Quill wrote. */
    private static Paragraph paragraph(String classes, String css) {
        Paragraph p = new Paragraph().setMarginTop(0).setMarginBottom(PARAGRAPH_SPACING).setMultipliedLeading(LEADING);
        TextAlignment alignment = alignment(classes, css);
        if (alignment != null) {
            p.setTextAlignment(alignment);
        }
        indent(p, classes);
        return p;
    }

    private static TextAlignment alignment(String classes, String css) {
        String source = (classes == null ? "" : classes) + " " + (css == null ? "" : css.replace(" ", ""));
        if (source.contains("ql-align-right") || source.contains("text-align:right")) {
            return TextAlignment.RIGHT;
        }
        if (source.contains("ql-align-center") || source.contains("text-align:center")) {
            return TextAlignment.CENTER;
        }
        if (source.contains("ql-align-justify") || source.contains("text-align:justify")) {
            return TextAlignment.JUSTIFIED;
        }
        return null;
    }

    private static void indent(com.itextpdf.layout.element.BlockElement<?> block, String classes) {
        if (classes != null) {
            Matcher indent = INDENT_CLASS.matcher(classes);
            if (indent.find()) {
                block.setMarginLeft(Integer.parseInt(indent.group(1)) * INDENT_STEP);
            }
        }
    }

    private static boolean isBold(String fontWeight) {
        if (fontWeight.matches("[0-9]{3}")) {
            return Integer.parseInt(fontWeight) >= 600;
        }
        return fontWeight.equals("bold") || fontWeight.equals("bolder");
    }

    /** Quill's {@code ql-size-small/large/huge}: 0.75, 1.5 and 2.5 em. */
    private static Float quillSize(String classes) {
        if (classes == null) {
            return null;
        }
        if (classes.contains("ql-size-small")) {
            return BASE_SIZE * 0.75f;
        }
        if (classes.contains("ql-size-large")) {
            return BASE_SIZE * 1.5f;
        }
        if (classes.contains("ql-size-huge")) {
            return BASE_SIZE * 2.5f;
        }
        return null;
    }

    /** The value of an attribute in the tokenizer's name, value, name, value… list; null when absent. */
    private static String attribute(List<String> attributes, String name) {
        for (int i = 0; i + 1 < attributes.size(); i += 2) {
            if (attributes.get(i).equals(name)) {
                return attributes.get(i + 1);
            }
        }
        return null;
    }
}

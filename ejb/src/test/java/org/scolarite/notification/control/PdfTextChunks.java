package org.scolarite.notification.control;

import com.itextpdf.kernel.geom.Vector;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.canvas.parser.EventType;
import com.itextpdf.kernel.pdf.canvas.parser.PdfCanvasProcessor;
import com.itextpdf.kernel.pdf.canvas.parser.data.IEventData;
import com.itextpdf.kernel.pdf.canvas.parser.data.TextRenderInfo;
import com.itextpdf.kernel.pdf.canvas.parser.listener.IEventListener;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The text of a PDF as drawn: each text-showing operation with its page, its baseline's start in millimetres from
 * the page's top-left corner (as one measures a printed letter) and its font size. Read back with iText's parser.
 */
record PdfTextChunks(List<Chunk> chunks, int pages) {

    private static final float MM = 72f / 25.4f;

    record Chunk(int page, String text, float xMm, float yMmFromTop, float fontSize) {
    }

    static PdfTextChunks read(byte[] pdf) {
        try (PdfDocument document = new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)))) {
            List<Chunk> chunks = new ArrayList<>();
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                int number = page;
                float height = document.getPage(page).getPageSize().getHeight();
                new PdfCanvasProcessor(new IEventListener() {
                    @Override
                    public void eventOccurred(IEventData data, EventType type) {
                        TextRenderInfo info = (TextRenderInfo) data;
                        Vector start = info.getBaseline().getStartPoint();
                        chunks.add(new Chunk(number, info.getText(), start.get(0) / MM,
                                (height - start.get(1)) / MM, info.getFontSize()));
                    }

                    @Override
                    public Set<EventType> getSupportedEvents() {
                        return Set.of(EventType.RENDER_TEXT);
                    }
                }).processPageContent(document.getPage(page));
            }
            return new PdfTextChunks(List.copyOf(chunks), document.getNumberOfPages());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** All the text of a page, chunks separated by spaces (enough to look for words and phrases). */
    String pageText(int page) {
        return chunks.stream().filter(chunk -> chunk.page() == page).map(Chunk::text)
                .collect(Collectors.joining(" "));
    }

    /** The chunks whose text contains {@code part}. */
    List<Chunk> containing(String part) {
        return chunks.stream().filter(chunk -> chunk.text().contains(part)).toList();
    }
}

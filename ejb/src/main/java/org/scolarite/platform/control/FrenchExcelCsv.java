package org.scolarite.platform.control;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A CSV file as the schools open it: in French Excel — UTF-8 announced by a byte-order mark, « ; » between cells, CRLF
 * between lines — with every cell made inert: names, labels and reasons come from families and school files, and a
 * cell Excel would run as a formula must not (CSV injection). Written line by line to the caller's stream (memory stays
 * flat), which stays open: it belongs to the caller (the HTTP response).
 */
public final class FrenchExcelCsv {

    public static final String CONTENT_TYPE = "text/csv; charset=UTF-8";

    private static final CSVFormat FORMAT = CSVFormat.Builder.create().setDelimiter(';').setQuote('"')
            .setRecordSeparator("\r\n").get();

    private final CSVPrinter printer;

    private FrenchExcelCsv(CSVPrinter printer) {
        this.printer = printer;
    }

    /** Writes the byte-order mark and the header line. */
    public static FrenchExcelCsv start(OutputStream out, List<String> headers) {
        try {
            OutputStreamWriter writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writer.write('\uFEFF');
            FrenchExcelCsv csv = new FrenchExcelCsv(new CSVPrinter(writer, FORMAT));
            csv.row(headers);
            return csv;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One line; a null cell is written empty. */
    public void row(List<String> cells) {
        try {
            printer.printRecord(cells.stream().map(cell -> cell == null ? "" : inert(cell)).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void row(String... cells) {
        row(Arrays.asList(cells));
    }

    /** Flushes what was written; the stream stays open. */
    public void finish() {
        try {
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A cell Excel would read as a formula (« =…», « +…», « -…», « @…», or one starting with a tab or a carriage
     * return) is prefixed with an apostrophe, which Excel shows as text.
     */
    public static String inert(String cell) {
        if (cell == null || cell.isEmpty()) {
            return cell;
        }
        char first = cell.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + cell : cell;
    }
}

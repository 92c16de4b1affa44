package org.scolarite.account.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.scolarite.account.entity.StudentAccountList;
import org.scolarite.account.entity.StudentListRow;

/**
 * The CSV export of a class list (R-LIST-1), the columns of the screen. Written for French Excel, which opens it by a
 * double click only in this form: UTF-8 <em>with</em> a byte-order mark (without it, accents come out garbled),
 * {@code ;} as separator (the French list separator), CRLF line ends, a header row. Streamed to {@code out}, never to
 * a file (R-SEC-1).
 */
@ApplicationScoped
public class StudentListCsv {

    public static final String CONTENT_TYPE = "text/csv; charset=UTF-8";

    private static final char BOM = '\uFEFF';
    private static final CSVFormat FRENCH_EXCEL = CSVFormat.Builder.create()
            .setDelimiter(';')
            .setQuote('"')
            .setRecordSeparator("\r\n")
            .get();

    /**
     * A cell Excel would read as a formula (« =…», « +…», « -…», « @…») is prefixed with an apostrophe, which Excel
     * shows as text: names and classes come from the school's file and must never run as formulas (CSV injection).
     */
    public static String inert(String cell) {
        if (cell == null || cell.isEmpty()) {
            return cell;
        }
        char first = cell.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + cell : cell;
    }

    /** Writes the list and flushes; {@code out} stays open: it belongs to the caller (the HTTP response). */
    public void write(StudentAccountList list, OutputStream out) {
        try {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writer.write(BOM);
            CSVPrinter printer = new CSVPrinter(writer, FRENCH_EXCEL);
            printer.printRecord(list.headers());
            for (StudentListRow row : list.rows()) {
                printer.printRecord(list.cells(row).stream().map(StudentListCsv::inert).toList());
            }
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

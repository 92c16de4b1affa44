package org.scolarite.grant.control;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.scolarite.grant.entity.GrantLine;

/**
 * The school's export of its grant applications, for French Excel as the class lists are: UTF-8 with a byte-order
 * mark, {@code ;}, CRLF, a header row; amounts with a decimal comma (Excel reads them as numbers); a cell that Excel
 * would run as a formula is prefixed with an apostrophe (names are typed by families: CSV injection).
 */
public final class GrantCsv {

    public static final String CONTENT_TYPE = "text/csv; charset=UTF-8";

    private static final CSVFormat FRENCH_EXCEL = CSVFormat.Builder.create().setDelimiter(';').setQuote('"')
            .setRecordSeparator("\r\n").get();
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final List<String> HEADERS = List.of("Élève", "Classe", "Bourse", "Statut", "Déposée le",
            "Déposée par", "Foyer", "Responsables au foyer", "Revenu fiscal de référence (€)", "Enfants à charge");

    private GrantCsv() {
    }

    /** Writes the lines and flushes; {@code out} stays open: it belongs to the caller (the HTTP response). */
    public static void write(List<GrantLine> lines, OutputStream out) {
        try {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writer.write('\uFEFF');
            CSVPrinter printer = new CSVPrinter(writer, FRENCH_EXCEL);
            printer.printRecord(HEADERS);
            for (GrantLine line : lines) {
                printer.printRecord(Stream.of(line.pupil(), line.division(),
                        line.service().name().startsWith("COLLEGE") ? "Collège" : "Lycée", line.getStatusLabel(),
                        line.submittedAt() == null ? "" : DAY.format(line.submittedAt()), line.submittedBy(),
                        line.getHouseholdLabel(), line.guardians(),
                        line.referenceIncome() == null ? "" : line.referenceIncome().toPlainString().replace('.', ','),
                        line.childrenInCharge() == null ? "" : line.childrenInCharge().toString())
                        .map(GrantCsv::inert).toList());
            }
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String inert(String cell) {
        if (cell == null || cell.isEmpty()) {
            return cell;
        }
        char first = cell.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + cell : cell;
    }
}

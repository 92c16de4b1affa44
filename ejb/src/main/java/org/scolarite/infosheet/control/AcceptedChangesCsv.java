package org.scolarite.infosheet.control;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.scolarite.account.control.StudentListCsv;
import org.scolarite.infosheet.entity.ChangeRequest;

/**
 * The accepted changes of the information sheets, for the school to carry into its administration system
 * (R-FICHE-1): one line per field, keyed by SIECLE's ELEVE_ID and, for a guardian's field, PERSONNE_ID; UTF-8 with a
 * BOM and « ; », as French Excel reads it; cells that would run as formulas are made inert.
 */
public final class AcceptedChangesCsv {

    public static final List<String> HEADERS = List.of("DATE_DECISION", "UAI", "ELEVE_ID", "NOM_ELEVE",
            "PRENOM_ELEVE", "PERSONNE_ID", "CHAMP", "LIBELLE", "ANCIENNE_VALEUR", "NOUVELLE_VALEUR", "DECIDE_PAR");

    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    private static final CSVFormat FRENCH_EXCEL = CSVFormat.Builder.create().setDelimiter(';').setQuote('"')
            .setRecordSeparator("\r\n").get();

    private AcceptedChangesCsv() {
    }

    /** Writes and flushes; {@code out} stays open: it belongs to the caller (the HTTP response). */
    public static void write(String uai, List<ChangeRequest> accepted, OutputStream out) {
        try {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writer.write('\uFEFF');
            CSVPrinter printer = new CSVPrinter(writer, FRENCH_EXCEL);
            printer.printRecord(HEADERS);
            for (ChangeRequest c : accepted) {
                printer.printRecord(List.of(AT.format(c.getDecidedAt()), uai, c.getStudent().getSourceId(),
                        c.getStudent().getLastName(), c.getStudent().getFirstName(),
                        c.getField().isPupil() ? "" : c.getGuardian().getSourceId(), c.getField().name(),
                        c.getField().label(), nullToEmpty(c.getOldValue()), nullToEmpty(c.getNewValue()),
                        c.getDecidedBy()).stream().map(StudentListCsv::inert).toList());
            }
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}

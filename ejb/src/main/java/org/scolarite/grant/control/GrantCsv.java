package org.scolarite.grant.control;

import java.io.OutputStream;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.scolarite.grant.entity.GrantLine;
import org.scolarite.platform.control.FrenchExcelCsv;

/**
 * The school's export of its grant applications, for French Excel as the class lists are: UTF-8 with a byte-order
 * mark, {@code ;}, CRLF, a header row; amounts with a decimal comma (Excel reads them as numbers); a cell that Excel
 * would run as a formula is prefixed with an apostrophe (names are typed by families: CSV injection).
 */
public final class GrantCsv {

    public static final String CONTENT_TYPE = FrenchExcelCsv.CONTENT_TYPE;

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final List<String> HEADERS = List.of("Élève", "Classe", "Bourse", "Statut", "Déposée le",
            "Déposée par", "Foyer", "Responsables au foyer", "Revenu fiscal de référence (€)", "Enfants à charge");

    private GrantCsv() {
    }

    /** Writes the lines and flushes; {@code out} stays open: it belongs to the caller (the HTTP response). */
    public static void write(List<GrantLine> lines, OutputStream out) {
        FrenchExcelCsv csv = FrenchExcelCsv.start(out, HEADERS);
        for (GrantLine line : lines) {
            csv.row(line.pupil(), line.division(),
                    line.service().name().startsWith("COLLEGE") ? "Collège" : "Lycée", line.getStatusLabel(),
                    line.submittedAt() == null ? "" : DAY.format(line.submittedAt()), line.submittedBy(),
                    line.getHouseholdLabel(), line.guardians(),
                    line.referenceIncome() == null ? "" : line.referenceIncome().toPlainString().replace('.', ','),
                    line.childrenInCharge() == null ? "" : line.childrenInCharge().toString());
        }
        csv.finish();
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

package org.scolarite.infosheet.control;

import java.io.OutputStream;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.scolarite.infosheet.entity.ChangeRequest;
import org.scolarite.platform.control.FrenchExcelCsv;

/**
 * The accepted changes of the information sheets, for the school to carry into its administration system
 * (R-FICHE-1): one line per field, keyed by SIECLE's ELEVE_ID and, for a guardian's field, PERSONNE_ID; UTF-8 with a
 * BOM and « ; », as French Excel reads it; cells that would run as formulas are made inert.
 */
public final class AcceptedChangesCsv {

    public static final List<String> HEADERS = List.of("DATE_DECISION", "UAI", "ELEVE_ID", "NOM_ELEVE",
            "PRENOM_ELEVE", "PERSONNE_ID", "CHAMP", "LIBELLE", "ANCIENNE_VALEUR", "NOUVELLE_VALEUR", "DECIDE_PAR");

    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private AcceptedChangesCsv() {
    }

    /** Writes and flushes; {@code out} stays open: it belongs to the caller (the HTTP response). */
    public static void write(String uai, List<ChangeRequest> accepted, OutputStream out) {
        FrenchExcelCsv csv = FrenchExcelCsv.start(out, HEADERS);
        for (ChangeRequest c : accepted) {
            csv.row(AT.format(c.getDecidedAt()), uai, c.getStudent().getSourceId(), c.getStudent().getLastName(),
                    c.getStudent().getFirstName(), c.getField().isPupil() ? "" : c.getGuardian().getSourceId(),
                    c.getField().name(), c.getField().label(), c.getOldValue(), c.getNewValue(), c.getDecidedBy());
        }
        csv.finish();
    }

}

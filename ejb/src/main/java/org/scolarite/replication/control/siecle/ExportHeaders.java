package org.scolarite.replication.control.siecle;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.scolarite.replication.entity.ExportHeader;
import org.scolarite.replication.entity.ExportKind;

/**
 * Reads the root element and {@code PARAMETRES} that open every export. SIECLE/BEE gives {@code UAJ},
 * {@code ANNEE_SCOLAIRE}, {@code DATE_EXPORT} and {@code HORODATAGE} as texts; STS-web gives {@code UAJ@CODE} and
 * {@code ANNEE_SCOLAIRE@ANNEE} as attributes and no export date (taken from {@code HORODATAGE} when it starts with one).
 */
final class ExportHeaders {

    private ExportHeaders() {
    }

    /**
     * Leaves the cursor just after {@code PARAMETRES}. Throws {@link UnreadableExport} for an unknown root or an
     * incomplete header, {@link MalformedExport} when the XML breaks before the header's end.
     */
    static ExportHeader read(XmlCursor cursor, String fileName) {
        if (!cursor.nextStart()) {
            throw new UnreadableExport(fileName + " : le fichier ne contient aucun élément XML");
        }
        String root = cursor.name();
        ExportKind kind = ExportKind.ofRootElement(root).orElseThrow(() -> new UnreadableExport(fileName
                + " : élément racine <" + root + "> inconnu, ce n'est ni un export SIECLE/BEE ou STS-web ni un flux"
                + " Téléservices (racines reconnues : " + Arrays.stream(ExportKind.values())
                .map(ExportKind::rootElement).collect(Collectors.joining(", ")) + ")"));
        String version = cursor.attribute("VERSION");
        if (!cursor.nextStart() || cursor.depth() != 2 || !"PARAMETRES".equals(cursor.name())) {
            throw new UnreadableExport(fileName + " : en-tête PARAMETRES absent au début du fichier");
        }
        XmlNode parameters = cursor.readNode();
        return kind == ExportKind.STS ? sts(parameters, version, fileName) : bee(kind, parameters, version, fileName);
    }

    private static ExportHeader bee(ExportKind kind, XmlNode parameters, String version, String fileName) {
        List<String> missing = new ArrayList<>();
        String uai = present(parameters.text("UAJ"), "UAJ", missing);
        String year = present(parameters.text("ANNEE_SCOLAIRE"), "ANNEE_SCOLAIRE", missing);
        String exportDate = present(parameters.text("DATE_EXPORT"), "DATE_EXPORT", missing);
        complete(missing, fileName);
        return new ExportHeader(kind, uai, year(year, "ANNEE_SCOLAIRE", fileName),
                date(exportDate, fileName), parameters.text("HORODATAGE"), version);
    }

    private static ExportHeader sts(XmlNode parameters, String version, String fileName) {
        List<String> missing = new ArrayList<>();
        XmlNode uaj = parameters.child("UAJ");
        XmlNode year = parameters.child("ANNEE_SCOLAIRE");
        String uai = present(uaj == null ? null : uaj.attribute("CODE"), "UAJ@CODE", missing);
        String start = present(year == null ? null : year.attribute("ANNEE"), "ANNEE_SCOLAIRE@ANNEE", missing);
        complete(missing, fileName);
        String timestamp = parameters.text("HORODATAGE");
        LocalDate exportDate = null;
        if (timestamp != null && timestamp.length() >= 10) {
            try {
                exportDate = RecordCheck.parseDate(timestamp.substring(0, 10));
            } catch (DateTimeParseException e) {
                // a time stamp in another form only leaves the export date unknown
            }
        }
        return new ExportHeader(ExportKind.STS, uai, year(start, "ANNEE_SCOLAIRE@ANNEE", fileName), exportDate,
                timestamp, version);
    }

    private static String present(String value, String name, List<String> missing) {
        if (value == null) {
            missing.add(name);
        }
        return value;
    }

    private static void complete(List<String> missing, String fileName) {
        if (!missing.isEmpty()) {
            throw new UnreadableExport(fileName + " : en-tête PARAMETRES incomplet, il manque " + String.join(", ", missing));
        }
    }

    private static int year(String text, String name, String fileName) {
        try {
            int year = Integer.parseInt(text);
            if (year >= 1900 && year <= 2999) {
                return year;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UnreadableExport(fileName + " : " + name + " n'est pas une année : « " + text + " »");
    }

    private static LocalDate date(String text, String fileName) {
        try {
            return RecordCheck.parseDate(text);
        } catch (DateTimeParseException e) {
            throw new UnreadableExport(fileName + " : DATE_EXPORT n'est pas une date jj/mm/aaaa : « " + text + " »", e);
        }
    }
}

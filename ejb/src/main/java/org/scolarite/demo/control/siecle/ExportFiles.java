package org.scolarite.demo.control.siecle;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.scolarite.people.entity.Student;
import org.scolarite.structure.entity.PostalAddress;
import org.scolarite.structure.entity.TeachingGroup;
import org.scolarite.structure.entity.Uai;

/** What the export files share: the {@code PARAMETRES} header, dates, addresses. */
final class ExportFiles {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss");

    /** The level each demo MEF follows (the demo's tracks: 6e–3e, 2nde–Tle générale). */
    private static final Map<String, String> PREVIOUS_MEF = Map.of(
            "10110001110", "10010012110",
            "10210001110", "10110001110",
            "10310019110", "10210001110",
            "20010018110", "10310019110",
            "20111010110", "20010018110",
            "20211010110", "20111010110");

    private ExportFiles() {
    }

    /** The BEE header: {@code UAJ}, {@code ANNEE_SCOLAIRE} (start year), {@code DATE_EXPORT}, {@code HORODATAGE}. */
    static void parameters(XmlOut out, String uai, ExportOptions options) {
        out.start("PARAMETRES");
        out.element("UAJ", uai);
        out.element("ANNEE_SCOLAIRE", String.valueOf(startYear(options)));
        out.element("DATE_EXPORT", options.exportedAt().format(DATE));
        out.element("HORODATAGE", options.exportedAt().format(TIMESTAMP));
        out.end();
    }

    /** The school year containing the export date (it starts on 1 August for SIECLE's exports, as for the demo). */
    static int startYear(ExportOptions options) {
        LocalDate day = options.exportedAt().toLocalDate();
        return day.getMonthValue() >= 8 ? day.getYear() : day.getYear() - 1;
    }

    static String date(LocalDate date) {
        return date == null ? null : date.format(DATE);
    }

    /** {@code ADRESSE[@ADRESSE_ID]} with what the entity holds; absent lines are left out. */
    static void address(XmlOut out, String id, PostalAddress address) {
        out.start("ADRESSE").attribute("ADRESSE_ID", id);
        out.element("LIGNE1_ADRESSE", address.getLine1());
        out.element("LIGNE2_ADRESSE", address.getLine2());
        out.element("LIGNE3_ADRESSE", address.getLine3());
        out.element("LIGNE4_ADRESSE", address.getLine4());
        out.element("CODE_POSTAL", address.getPostalCode());
        out.element("LIBELLE_POSTAL", address.getCity());
        out.element("CODE_COMMUNE_INSEE", address.getInseeCode());
        out.element("CODE_PAYS", address.getCountryCode());
        out.element("LL_PAYS", address.getCountryLabel());
        out.end();
    }

    /** Another establishment's valid UAI: the next number. */
    static String neighbourOf(Uai uai) {
        return Uai.fromDigits(Integer.parseInt(uai.value().substring(0, 7)) + 1).value();
    }

    static String previousMef(String mef) {
        return PREVIOUS_MEF.get(mef);
    }

    /** Both collège or both lycée MEFs (their first digit): the previous year was spent in the same school. */
    static boolean sameKindOfSchool(String mef, String previous) {
        return mef.charAt(0) == previous.charAt(0);
    }

    /** A pupil's groups in code order: the entity holds them in a set, the files need a stable order. */
    static List<TeachingGroup> sortedGroups(Student pupil) {
        return pupil.getGroups().stream().sorted(Comparator.comparing(TeachingGroup::getCode)).toList();
    }
}

package org.scolarite.demo.control.siecle;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.scolarite.demo.control.siecle.Subjects.Subject;
import org.scolarite.people.entity.Sex;
import org.scolarite.people.entity.Student;
import org.scolarite.structure.entity.PostalAddress;
import org.scolarite.structure.entity.TeachingGroup;

/**
 * {@code ElevesSansAdresses.xml} / {@code ElevesAvecAdresses.xml}: root {@code BEE_ELEVES}, {@code PARAMETRES}, then
 * {@code ELEVES}, {@code OPTIONS}, {@code STRUCTURES} and, with addresses, {@code ADRESSES}, in that order.
 */
final class PupilsWriter {

    /** What no MEF of any nomenclature is. */
    static final String UNKNOWN_MEF = "99999999999";
    static final String CHANGED_USAGE_NAME = "Delaunay-Bérard";

    private final EstablishmentData data;
    private final ExportOptions options;
    private final FaultPlan faults;
    private final String file;

    PupilsWriter(EstablishmentData data, ExportOptions options, FaultPlan faults) {
        this.data = data;
        this.options = options;
        this.faults = faults;
        this.file = fileName(options);
    }

    static String fileName(ExportOptions options) {
        return options.withAddresses() ? "ElevesAvecAdresses.xml" : "ElevesSansAdresses.xml";
    }

    /** @return the pupils written */
    int write(XmlOut out) {
        out.start("BEE_ELEVES").attribute("VERSION", options.pupilsVersion().attribute());
        String uai = data.uai();
        if (faults.has(ExportFault.FOREIGN_UAI)) {
            uai = ExportFiles.neighbourOf(data.establishment.getUai());
            faults.applied(ExportFault.FOREIGN_UAI, file, uai, out.line() + 2);
        }
        ExportFiles.parameters(out, uai, options);
        out.start("DONNEES");
        int written = 0;
        out.start("ELEVES");
        for (Student pupil : data.students) {
            if (faults.leftOut(pupil)) {
                faults.applied(ExportFault.ABSENT_PUPIL, file, pupil.getSourceId(), 0);
                continue;
            }
            pupil(out, pupil);
            written++;
            if (faults.is(ExportFault.DUPLICATE_PUPIL_ID, pupil)) {
                faults.applied(ExportFault.DUPLICATE_PUPIL_ID, file, pupil.getSourceId(), out.line() + 1);
                pupil(out, pupil);
            }
        }
        out.end();
        out.start("OPTIONS");
        for (Student pupil : data.students) {
            if (!faults.leftOut(pupil)) {
                options(out, pupil);
            }
        }
        out.end();
        out.start("STRUCTURES");
        for (Student pupil : data.students) {
            if (!faults.leftOut(pupil)) {
                structures(out, pupil);
            }
        }
        out.end();
        if (options.withAddresses()) {
            out.start("ADRESSES");
            Map<String, PostalAddress> used = new TreeMap<>(Comparator.comparingInt(Integer::parseInt));
            for (Student pupil : data.students) {
                if (pupil.getAddress() != null && !faults.leftOut(pupil)) {
                    used.put(data.addressId(pupil.getAddress()), pupil.getAddress());
                }
            }
            used.forEach((id, address) -> ExportFiles.address(out, id, address));
            out.end();
        }
        out.end();
        out.end();
        return written;
    }

    private void pupil(XmlOut out, Student pupil) {
        ExportFault fault = faults.on(pupil);
        boolean empties = fault == ExportFault.EMPTY_OPTIONAL_ELEMENTS;
        if (empties) {
            faults.applied(fault, file, pupil.getSourceId(), out.line() + 1);
        }
        out.start("ELEVE").attribute("ELEVE_ID", pupil.getSourceId()).attribute("ELENOET", pupil.getElenoet());
        out.element("ID_NATIONAL", pupil.getIne() == null ? null : pupil.getIne().value(), empties);
        String usageName = fault == ExportFault.CHANGED_NAME ? CHANGED_USAGE_NAME : pupil.getUsageName();
        if (options.pupilsVersion() == ExportOptions.PupilsVersion.V2_1) {
            out.element("NOM", pupil.getLastName());
        } else if (fault == ExportFault.MALFORMED_XML) {
            faults.applied(fault, file, pupil.getSourceId(), out.line() + 1);
            out.rawLine("<NOM_DE_FAMILLE>" + escape(pupil.getLastName()) + "</NOM_DE_FAMILE>");
        } else {
            out.element("NOM_DE_FAMILLE", pupil.getLastName());
        }
        if (options.pupilsVersion() != ExportOptions.PupilsVersion.V2_1) {
            if (fault == ExportFault.CHANGED_NAME) {
                faults.applied(fault, file, pupil.getSourceId(), out.line() + 1);
            }
            out.element("NOM_USAGE", usageName, empties);
        }
        out.element("PRENOM", pupil.getFirstName());
        String[] others = pupil.getOtherFirstNames() == null ? new String[0]
                : pupil.getOtherFirstNames().split(",\\s*|\\s+", 2);
        out.element("PRENOM2", others.length > 0 ? others[0] : null, empties);
        out.element("PRENOM3", others.length > 1 ? others[1] : null, empties);
        if (fault == ExportFault.MISSING_BIRTH_DATE) {
            faults.applied(fault, file, pupil.getSourceId(), out.line() + 1);
        } else {
            out.element("DATE_NAISS", ExportFiles.date(pupil.getBirthDate()));
        }
        out.element("CODE_SEXE", pupil.getSex() == Sex.MALE ? "1" : "2");
        out.element("CODE_PAYS", pupil.getBirthCountryCode());
        out.element("CODE_PAYS_NAT", "100");
        String insee = pupil.getBirthInseeCode();
        out.element("CODE_DEPARTEMENT_NAISS", insee == null || insee.length() < 2 ? null : "0" + insee.substring(0, 2));
        out.element("CODE_COMMUNE_INSEE_NAISS", insee);
        out.element("VILLE_NAISS", pupil.getBirthCity());
        String mef = fault == ExportFault.UNKNOWN_MEF ? UNKNOWN_MEF : pupil.getMef().getCode();
        if (fault == ExportFault.UNKNOWN_MEF) {
            faults.applied(fault, file, pupil.getSourceId(), out.line() + 1);
        }
        out.element("CODE_MEF", mef);
        out.element("CODE_STATUT", "ST");
        out.element("CODE_REGIME", pupil.getRegime());
        out.element("DOUBLEMENT", "0");
        out.element("DATE_ENTREE", ExportFiles.date(pupil.getEntryDate()));
        LocalDate departure = pupil.getDepartureDate();
        if (fault == ExportFault.DEPARTED_PUPIL) {
            departure = options.exportedAt().toLocalDate().minusDays(10);
            faults.applied(fault, file, pupil.getSourceId(), out.line() + 1);
        }
        out.element("DATE_SORTIE", ExportFiles.date(departure), empties);
        out.element("CODE_MOTIF_SORTIE", departure == null ? null : "DEM", empties);
        out.element("ACCEPTE_SMS", "0");
        out.element("MEL", pupil.getEmail(), empties);
        out.element("TEL_PERSONNEL", pupil.getHomePhone(), empties);
        out.element("TEL_PORTABLE", pupil.getMobilePhone(), empties);
        if (options.withAddresses()) {
            out.element("ADRESSE_ID", data.addressId(pupil.getAddress()), empties);
        }
        out.element("DATE_MODIFICATION", ExportFiles.date(pupil.getEntryDate()));
        previousYear(out, pupil);
        out.end();
    }

    /**
     * {@code SCOLARITE_AN_DERNIER}: the level below in the same establishment, as for most pupils; the first level
     * came from another school, whose MEF alone is given (the demo does not know the school).
     */
    private void previousYear(XmlOut out, Student pupil) {
        String mef = pupil.getMef().getCode();
        String previous = ExportFiles.previousMef(mef);
        if (previous == null) {
            return;
        }
        out.start("SCOLARITE_AN_DERNIER");
        out.element("CODE_MEF", previous);
        if (ExportFiles.sameKindOfSchool(mef, previous)) {
            out.element("CODE_RNE", data.uai());
        }
        out.end();
    }

    private void options(XmlOut out, Student pupil) {
        List<Subject> chosen = new ArrayList<>();
        chosen.add(Subjects.ANGLAIS);
        for (TeachingGroup group : ExportFiles.sortedGroups(pupil)) {
            Subject subject = Subjects.ofGroup(group);
            if (!chosen.contains(subject)) {
                chosen.add(subject);
            }
        }
        out.start("OPTION").attribute("ELEVE_ID", pupil.getSourceId());
        int number = 1;
        for (Subject subject : chosen) {
            out.start("OPTIONS_ELEVE");
            out.element("NUM_OPTION", String.valueOf(number++));
            out.element("CODE_MODALITE_ELECT", subject == Subjects.ANGLAIS ? "O" : Subjects.modality(subject));
            out.element("CODE_MATIERE", subject.code());
            out.end();
        }
        out.end();
    }

    private void structures(XmlOut out, Student pupil) {
        out.start("STRUCTURES_ELEVE").attribute("ELEVE_ID", pupil.getSourceId());
        out.start("STRUCTURE");
        out.element("CODE_STRUCTURE", pupil.getDivision().getCode());
        out.element("TYPE_STRUCTURE", "D");
        out.end();
        for (TeachingGroup group : ExportFiles.sortedGroups(pupil)) {
            out.start("STRUCTURE");
            out.element("CODE_STRUCTURE", group.getCode());
            out.element("TYPE_STRUCTURE", "G");
            out.end();
        }
        out.end();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;");
    }
}

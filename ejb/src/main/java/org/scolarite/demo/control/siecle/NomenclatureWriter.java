package org.scolarite.demo.control.siecle;

import java.util.Comparator;
import java.util.List;
import org.scolarite.demo.control.siecle.Subjects.Subject;
import org.scolarite.structure.entity.EstablishmentKind;
import org.scolarite.structure.entity.Mef;

/**
 * {@code Nomenclature.xml}: root {@code BEE_NOMENCLATURES} version 3.1, {@code PARAMETRES}, then {@code MEFS},
 * {@code MATIERES} and {@code PROGRAMMES} (the common core of each of the establishment's MEFs, then its options).
 */
final class NomenclatureWriter {

    static final String FILE = "Nomenclature.xml";

    private final EstablishmentData data;
    private final ExportOptions options;
    private final List<Mef> mefs;

    NomenclatureWriter(EstablishmentData data, ExportOptions options, List<Mef> mefs) {
        this.data = data;
        this.options = options;
        this.mefs = mefs.stream().sorted(Comparator.comparing(Mef::getCode)).toList();
    }

    void write(XmlOut out) {
        out.start("BEE_NOMENCLATURES").attribute("VERSION", "3.1");
        ExportFiles.parameters(out, data.uai(), options);
        out.start("DONNEES");
        out.start("MEFS");
        for (Mef mef : mefs) {
            out.start("MEF").attribute("CODE_MEF", mef.getCode());
            out.element("FORMATION", mef.getLabel());
            out.element("LIBELLE_LONG", mef.getLabel());
            out.element("LIBELLE_EDITION", mef.getEditionLabel());
            out.element("MEF_RATTACHEMENT", mef.getCode());
            out.element("CODE_MEFSTAT", mef.getMefstat());
            out.element("STATUT_MEF", "4");
            out.element("DATE_OUVERTURE", "01/09/2016");
            out.end();
        }
        out.end();
        out.start("MATIERES");
        for (Subject subject : Subjects.ALL) {
            out.start("MATIERE").attribute("CODE_MATIERE", subject.code());
            out.element("CODE_GESTION", subject.management());
            out.element("LIBELLE_COURT", subject.shortLabel());
            out.element("LIBELLE_LONG", subject.longLabel());
            out.element("LIBELLE_EDITION", subject.edition());
            out.end();
        }
        out.end();
        out.start("PROGRAMMES");
        EstablishmentKind kind = data.establishment.getKind();
        for (Mef mef : mefs) {
            if (ofKind(mef, kind)) {
                for (Subject subject : Subjects.core(kind)) {
                    programme(out, mef, subject, "S");
                }
                for (Subject subject : options(kind)) {
                    programme(out, mef, subject, Subjects.modality(subject));
                }
            }
        }
        out.end();
        out.end();
        out.end();
    }

    private static void programme(XmlOut out, Mef mef, Subject subject, String modality) {
        out.start("PROGRAMME");
        out.element("CODE_MEF", mef.getCode());
        out.element("CODE_MATIERE", subject.code());
        out.element("CODE_MODALITE_ELECT", modality);
        out.element("HORAIRE", subject.hours());
        out.end();
    }

    /** Collège MEFs start with 1, lycée MEFs with 2. */
    private static boolean ofKind(Mef mef, EstablishmentKind kind) {
        return mef.getCode().charAt(0) == (kind == EstablishmentKind.COLLEGE ? '1' : '2');
    }

    private static List<Subject> options(EstablishmentKind kind) {
        return kind == EstablishmentKind.COLLEGE
                ? List.of(Subjects.ESPAGNOL, Subjects.ALLEMAND, Subjects.LATIN, Subjects.CHORALE)
                : List.of(Subjects.SES, Subjects.HGGSP, Subjects.PHYSIQUE, Subjects.LATIN, Subjects.ESPAGNOL);
    }
}

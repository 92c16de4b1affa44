package org.scolarite.replication.control.siecle;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.scolarite.replication.entity.ExportHeader;
import org.scolarite.replication.entity.MefRecord;
import org.scolarite.replication.entity.ProgrammeRecord;
import org.scolarite.replication.entity.SubjectRecord;

/**
 * {@code Nomenclature.xml} (root {@code BEE_NOMENCLATURES}): {@code MEFS/MEF}, {@code MATIERES/MATIERE} and
 * {@code PROGRAMMES/PROGRAMME} in file order, in one pass ({@code OPTIONS_OBLIGATOIRES} and the rest are skipped).
 * A malformed file gives what came before the fault, then the failure.
 */
final class NomenclatureReader extends ExportReader {

    private final Set<String> mefs = new HashSet<>();
    private final Set<String> subjects = new HashSet<>();
    private final Set<String> programmes = new HashSet<>();

    NomenclatureReader(Path file, ExportHeader header, XmlCursor cursor) {
        super(file, header, cursor);
    }

    @Override
    protected boolean produce() {
        XmlCursor cursor = cursor();
        while (cursor.nextStart()) {
            String parent = cursor.parent();
            switch (cursor.name()) {
                case "MEF" -> {
                    if ("MEFS".equals(parent)) {
                        mef(cursor.readNode());
                        return true;
                    }
                }
                case "MATIERE" -> {
                    if ("MATIERES".equals(parent)) {
                        subject(cursor.readNode());
                        return true;
                    }
                }
                case "PROGRAMME" -> {
                    if ("PROGRAMMES".equals(parent)) {
                        programme(cursor.readNode());
                        return true;
                    }
                }
                default -> {
                    if (cursor.depth() == 3 && !Set.of("MEFS", "MATIERES", "PROGRAMMES").contains(cursor.name())) {
                        cursor.skip();
                    }
                }
            }
        }
        return false;
    }

    private void mef(XmlNode node) {
        String code = node.attribute("CODE_MEF");
        RecordCheck check = new RecordCheck(node);
        check.required(code, "CODE_MEF");
        var openedOn = check.optionalDate("DATE_OUVERTURE");
        var closedOn = check.optionalDate("DATE_FERMETURE");
        if (code != null && !mefs.add(code)) {
            check.reject("CODE_MEF " + code + " en double dans le fichier : seule la première fiche est reprise");
        }
        var location = location(node, code == null ? null : "CODE_MEF=" + code);
        check.emit(items, location, check.rejected() ? null : new MefRecord(location, code, node.text("FORMATION"),
                node.text("LIBELLE_LONG"), node.text("LIBELLE_EDITION"), node.text("MEF_RATTACHEMENT"),
                node.text("CODE_MEFSTAT"), node.text("STATUT_MEF"), openedOn, closedOn));
    }

    private void subject(XmlNode node) {
        String code = node.attribute("CODE_MATIERE");
        RecordCheck check = new RecordCheck(node);
        check.required(code, "CODE_MATIERE");
        if (code != null && !subjects.add(code)) {
            check.reject("CODE_MATIERE " + code + " en double dans le fichier : seule la première fiche est reprise");
        }
        var location = location(node, code == null ? null : "CODE_MATIERE=" + code);
        check.emit(items, location, check.rejected() ? null : new SubjectRecord(location, code,
                node.text("CODE_GESTION"), node.text("LIBELLE_COURT"), node.text("LIBELLE_LONG"),
                node.text("LIBELLE_EDITION")));
    }

    private void programme(XmlNode node) {
        RecordCheck check = new RecordCheck(node);
        String mef = check.required("CODE_MEF");
        String subject = check.required("CODE_MATIERE");
        String modality = node.text("CODE_MODALITE_ELECT");
        if (mef != null && subject != null && !programmes.add(mef + '|' + subject + '|' + modality)) {
            check.reject("PROGRAMME en double dans le fichier (" + mef + ", " + subject + ", " + modality + ")");
        }
        var location = location(node, mef == null ? null : "CODE_MEF=" + mef
                + (subject == null ? "" : " CODE_MATIERE=" + subject));
        check.emit(items, location, check.rejected() ? null : new ProgrammeRecord(location, mef, subject, modality,
                node.text("HORAIRE")));
    }
}

package org.scolarite.replication.control.siecle;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;
import org.scolarite.replication.entity.AssignmentRecord;
import org.scolarite.replication.entity.ExportHeader;

/**
 * {@code Affectations.xml} (root {@code TS_AFFECTATIONS}, docs/feeds/affectations.md, R-INSC-1), in one pass:
 * {@code AFFECTATIONS/AFFECTATION}. What the file alone shows wrong is rejected here with every reason (missing
 * element, malformed UAI or MEF code, an id or a pupil twice); whether the pupil, the lycée and the MEF exist is the
 * feed's check.
 */
final class AssignmentsReader extends ExportReader {

    private static final Pattern UAI = Pattern.compile("[0-9]{7}[A-Z]");
    private static final Pattern MEF = Pattern.compile("[0-9A-Z]{11}");

    private final Set<String> ids = new HashSet<>();
    private final Set<String> pupils = new HashSet<>();

    AssignmentsReader(Path file, ExportHeader header, XmlCursor cursor) {
        super(file, header, cursor);
    }

    @Override
    protected boolean produce() {
        XmlCursor cursor = cursor();
        while (cursor.nextStart()) {
            String name = cursor.name();
            if ("AFFECTATION".equals(name) && "AFFECTATIONS".equals(cursor.parent())) {
                assignment(cursor.readNode());
                return true;
            } else if (cursor.depth() == 2 && !"DONNEES".equals(name)
                    || cursor.depth() == 3 && !"AFFECTATIONS".equals(name)) {
                cursor.skip();
            }
        }
        return false;
    }

    private void assignment(XmlNode node) {
        String id = node.attribute("ID");
        RecordCheck check = new RecordCheck(node);
        check.required(id, "ID");
        String pupil = check.required("ELEVE_ID");
        String uai = check.required("UAI_LYCEE");
        String mef = check.required("CODE_MEF");
        if (uai != null && !UAI.matcher(uai).matches()) {
            check.reject("UAI_LYCEE n'est pas un UAI (7 chiffres et une lettre) : « " + uai + " »");
        }
        if (mef != null && !MEF.matcher(mef).matches()) {
            check.reject("CODE_MEF n'est pas un code MEF de 11 caractères : « " + mef + " »");
        }
        if (id != null && id.length() > 20) {
            check.reject("ID de plus de 20 caractères : « " + id + " »");
        }
        if (id != null && !ids.add(id)) {
            check.reject("AFFECTATION ID " + id + " en double dans le fichier : seule la première est reprise");
        }
        if (pupil != null && !pupils.add(pupil)) {
            check.reject("ELEVE_ID " + pupil + " affecté deux fois dans le fichier : seule la première affectation "
                    + "est reprise");
        }
        var location = location(node, id == null ? null : "AFFECTATION=" + id);
        check.emit(items, location, check.rejected() ? null : new AssignmentRecord(location, id, pupil, uai, mef));
    }
}

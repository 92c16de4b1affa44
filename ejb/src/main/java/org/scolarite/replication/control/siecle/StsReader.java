package org.scolarite.replication.control.siecle;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.scolarite.replication.entity.ExportHeader;
import org.scolarite.replication.entity.StaffMemberRecord;
import org.scolarite.replication.entity.StructureRecord;
import org.scolarite.replication.entity.StructureRecord.TeachingService;

/**
 * STS-web {@code sts_emp_<UAI>_<year>.xml} (root {@code STS_EDT}), in one pass: {@code INDIVIDUS/INDIVIDU} as staff
 * members, then {@code STRUCTURE/DIVISIONS/DIVISION} and {@code GROUPES/GROUPE} as structures with who teaches what.
 * Its own {@code NOMENCLATURES} are skipped: subjects and MEFs come from {@code Nomenclature.xml}. A malformed file
 * gives what came before the fault, then the failure.
 */
final class StsReader extends ExportReader {

    private final Set<String> staff = new HashSet<>();
    private final Set<String> structures = new HashSet<>();

    StsReader(Path file, ExportHeader header, XmlCursor cursor) {
        super(file, header, cursor);
    }

    @Override
    protected boolean produce() {
        XmlCursor cursor = cursor();
        while (cursor.nextStart()) {
            String name = cursor.name();
            String parent = cursor.parent();
            if (cursor.depth() == 2 && !"DONNEES".equals(name)) {
                cursor.skip();
            } else if ("INDIVIDU".equals(name) && "INDIVIDUS".equals(parent)) {
                staffMember(cursor.readNode());
                return true;
            } else if ("DIVISION".equals(name) && "DIVISIONS".equals(parent)
                    || "GROUPE".equals(name) && "GROUPES".equals(parent)) {
                structure(cursor.readNode());
                return true;
            }
        }
        return false;
    }

    private void staffMember(XmlNode node) {
        String id = node.attribute("ID");
        RecordCheck check = new RecordCheck(node);
        check.required(id, "ID");
        String lastName = check.required(node.text("NOM_USAGE") != null ? node.text("NOM_USAGE")
                : node.text("NOM_PATRONYMIQUE"), "NOM_USAGE");
        if (id != null && !staff.add(id)) {
            check.reject("INDIVIDU ID " + id + " en double dans le fichier : seule la première fiche est reprise");
        }
        List<String> disciplines = codes(node.child("DISCIPLINES"), "DISCIPLINE");
        List<String> mainTeacherOf = new ArrayList<>();
        XmlNode mains = node.child("PROFS_PRINC");
        if (mains != null) {
            for (XmlNode main : mains.children("PROF_PRINC")) {
                if (main.text("CODE_STRUCTURE") != null) {
                    mainTeacherOf.add(main.text("CODE_STRUCTURE"));
                }
            }
        }
        var location = location(node, id == null ? null : "ID=" + id);
        check.emit(items, location, check.rejected() ? null : new StaffMemberRecord(location, id,
                node.attribute("TYPE"), node.text("CIVILITE"), lastName, node.text("PRENOM"), node.text("FONCTION"),
                disciplines, List.copyOf(mainTeacherOf)));
    }

    private void structure(XmlNode node) {
        boolean division = "DIVISION".equals(node.name());
        String code = node.attribute("CODE");
        RecordCheck check = new RecordCheck(node);
        check.required(code, "CODE");
        if (code != null && !structures.add(node.name() + '|' + code)) {
            check.reject(node.name() + " " + code + " en double dans le fichier : seule la première est reprise");
        }
        List<String> divisions = division ? List.of() : codes(node.child("DIVISIONS_APPARTENANCE"),
                "DIVISION_APPARTENANCE");
        // a subject taught in several modes (course, half group…) is one service per mode in the file: one here
        Map<String, Set<String>> teachers = new LinkedHashMap<>();
        XmlNode services = node.child("SERVICES");
        if (services != null) {
            for (XmlNode service : services.children("SERVICE")) {
                String subject = service.attribute("CODE_MATIERE");
                if (subject == null) {
                    check.anomaly("SERVICE sans CODE_MATIERE ignoré");
                    continue;
                }
                Set<String> ids = teachers.computeIfAbsent(subject, s -> new LinkedHashSet<>());
                ids.addAll(codes(service.child("ENSEIGNANTS"), "ENSEIGNANT", "ID"));
            }
        }
        List<TeachingService> teaching = teachers.entrySet().stream()
                .map(entry -> new TeachingService(entry.getKey(), List.copyOf(entry.getValue()))).toList();
        var location = location(node, code == null ? null : "CODE=" + code);
        check.emit(items, location, check.rejected() ? null : new StructureRecord(location, code, division,
                node.text("LIBELLE_LONG"), divisions, teaching));
    }

    private static List<String> codes(XmlNode list, String element) {
        return codes(list, element, "CODE");
    }

    private static List<String> codes(XmlNode list, String element, String attribute) {
        if (list == null) {
            return List.of();
        }
        List<String> codes = new ArrayList<>();
        for (XmlNode item : list.children(element)) {
            if (item.attribute(attribute) != null) {
                codes.add(item.attribute(attribute));
            }
        }
        return List.copyOf(codes);
    }
}

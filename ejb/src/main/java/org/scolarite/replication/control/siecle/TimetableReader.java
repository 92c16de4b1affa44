package org.scolarite.replication.control.siecle;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.scolarite.replication.entity.CourseChangeRecord;
import org.scolarite.replication.entity.CourseRecord;
import org.scolarite.replication.entity.ExportHeader;

/**
 * {@code EmploiDuTemps.xml} (root {@code TS_EMPLOI_DU_TEMPS}, docs/feeds/emploi-du-temps.md), in one pass:
 * {@code COURS_HEBDOMADAIRES/COURS} then {@code MODIFICATIONS/MODIFICATION}. What the file alone shows wrong is
 * rejected here with every reason (missing element, bad day, time or alternation, end before start, both or neither
 * of division and group, duplicate id); whether the division, group, subject or course exists is the feed's check.
 */
final class TimetableReader extends ExportReader {

    private static final Set<String> ALTERNATIONS = Set.of("H", "A", "B");

    private final Set<String> courses = new HashSet<>();
    private final Set<String> changes = new HashSet<>();

    TimetableReader(Path file, ExportHeader header, XmlCursor cursor) {
        super(file, header, cursor);
    }

    @Override
    protected boolean produce() {
        XmlCursor cursor = cursor();
        while (cursor.nextStart()) {
            String name = cursor.name();
            String parent = cursor.parent();
            if ("COURS".equals(name) && "COURS_HEBDOMADAIRES".equals(parent)) {
                course(cursor.readNode());
                return true;
            } else if ("MODIFICATION".equals(name) && "MODIFICATIONS".equals(parent)) {
                change(cursor.readNode());
                return true;
            } else if (cursor.depth() == 2 && !"DONNEES".equals(name)
                    || cursor.depth() == 3 && !"COURS_HEBDOMADAIRES".equals(name) && !"MODIFICATIONS".equals(name)) {
                cursor.skip();
            }
        }
        return false;
    }

    private void course(XmlNode node) {
        String id = node.attribute("ID");
        RecordCheck check = new RecordCheck(node);
        check.required(id, "ID");
        String division = node.text("DIVISION");
        String group = node.text("GROUPE");
        structure(check, division, group);
        String subject = check.required("CODE_MATIERE");
        String label = check.required("LIBELLE_MATIERE");
        Integer day = day(check, check.required("JOUR"));
        Integer start = time(check, node, "HEURE_DEBUT", true);
        Integer end = time(check, node, "HEURE_FIN", true);
        order(check, start, end);
        String alternation = check.required("ALTERNANCE");
        if (alternation != null && !ALTERNATIONS.contains(alternation)) {
            check.reject("ALTERNANCE inconnue : « " + alternation + " » (H chaque semaine, A ou B)");
        }
        LocalDate from = check.requiredDate("DATE_DEBUT");
        LocalDate to = check.requiredDate("DATE_FIN");
        if (from != null && to != null && to.isBefore(from)) {
            check.reject("DATE_FIN avant DATE_DEBUT");
        }
        longId(check, id);
        if (id != null && !courses.add(id)) {
            check.reject("COURS ID " + id + " en double dans le fichier : seul le premier est repris");
        }
        var location = location(node, id == null ? null : "COURS=" + id);
        check.emit(items, location, check.rejected() ? null : new CourseRecord(location, id, division, group,
                subject, label, teachers(node), node.text("SALLE"), day, start, end, alternation, from, to));
    }

    private void change(XmlNode node) {
        String id = node.attribute("ID");
        String type = node.attribute("TYPE");
        RecordCheck check = new RecordCheck(node);
        check.required(id, "ID");
        check.required(type, "TYPE");
        String kind = type == null ? null : switch (type) {
            case "ANNULATION" -> "CANCELLED";
            case "DEPLACEMENT" -> "MOVED";
            case "AJOUT" -> "ADDED";
            default -> {
                check.reject("TYPE inconnu : « " + type + " » (ANNULATION, DEPLACEMENT ou AJOUT)");
                yield null;
            }
        };
        boolean added = "ADDED".equals(kind);
        String courseId = added ? null : check.required("COURS_ID");
        LocalDate courseDate = added ? null : check.requiredDate("DATE_COURS");
        String division = node.text("DIVISION");
        String group = node.text("GROUPE");
        String subject = null;
        String label = null;
        LocalDate date;
        if (added) {
            structure(check, division, group);
            subject = check.required("CODE_MATIERE");
            label = check.required("LIBELLE_MATIERE");
            date = check.requiredDate("DATE");
        } else {
            date = node.text("DATE") == null ? null : check.requiredDate("DATE");
        }
        Integer start = time(check, node, "HEURE_DEBUT", added);
        Integer end = time(check, node, "HEURE_FIN", added);
        if ("MOVED".equals(kind) && (start == null) != (end == null)) {
            check.reject("HEURE_DEBUT et HEURE_FIN vont ensemble dans un DEPLACEMENT");
        }
        if ("MOVED".equals(kind) && date == null && start == null && node.text("SALLE") == null) {
            check.reject("DEPLACEMENT sans DATE, HEURE_DEBUT ni SALLE : rien ne change");
        }
        order(check, start, end);
        longId(check, id);
        if (id != null && !changes.add(id)) {
            check.reject("MODIFICATION ID " + id + " en double dans le fichier : seule la première est reprise");
        }
        var location = location(node, id == null ? null : "MODIFICATION=" + id);
        check.emit(items, location, check.rejected() ? null : new CourseChangeRecord(location, id, kind, courseId,
                courseDate, added ? division : null, added ? group : null, subject, label,
                added ? teachers(node) : null, date, start, end, node.text("SALLE"), node.text("MOTIF")));
    }

    /** Ids are kept in 20 characters, with a two-character prefix in the run's list of seen ids. */
    private static void longId(RecordCheck check, String id) {
        if (id != null && id.length() > 18) {
            check.reject("ID de plus de 18 caractères : « " + id + " »");
        }
    }

    private static void structure(RecordCheck check, String division, String group) {
        if (division == null && group == null) {
            check.reject("ni DIVISION ni GROUPE : un cours est celui d'une division ou d'un groupe");
        } else if (division != null && group != null) {
            check.reject("DIVISION et GROUPE à la fois : un cours est celui d'une division ou d'un groupe");
        }
    }

    private static Integer day(RecordCheck check, String text) {
        if (text == null) {
            return null;
        }
        try {
            int day = Integer.parseInt(text);
            if (day >= 1 && day <= 7) {
                return day;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        check.reject("JOUR n'est pas un jour de 1 (lundi) à 7 (dimanche) : « " + text + " »");
        return null;
    }

    /** {@code hh:mm}, 00:00 to 24:00, in minutes; null when absent (and recorded as missing when required). */
    private static Integer time(RecordCheck check, XmlNode node, String child, boolean required) {
        String text = required ? check.required(child) : node.text(child);
        if (text == null) {
            return null;
        }
        if (text.length() == 5 && text.charAt(2) == ':') {
            try {
                int hours = Integer.parseInt(text.substring(0, 2));
                int minutes = Integer.parseInt(text.substring(3));
                if (hours >= 0 && minutes >= 0 && minutes < 60 && hours * 60 + minutes <= 24 * 60) {
                    return hours * 60 + minutes;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
        }
        check.reject(child + " n'est pas une heure hh:mm : « " + text + " »");
        return null;
    }

    private static void order(RecordCheck check, Integer start, Integer end) {
        if (start != null && end != null && end <= start) {
            check.reject("HEURE_FIN n'est pas après HEURE_DEBUT");
        }
    }

    private static String teachers(XmlNode node) {
        XmlNode list = node.child("ENSEIGNANTS");
        if (list == null) {
            return null;
        }
        List<String> names = new ArrayList<>();
        for (XmlNode teacher : list.children("ENSEIGNANT")) {
            if (teacher.text() != null) {
                names.add(teacher.text());
            }
        }
        String joined = String.join(", ", names);
        return joined.isEmpty() ? null : joined.length() > 200 ? joined.substring(0, 200) : joined;
    }
}

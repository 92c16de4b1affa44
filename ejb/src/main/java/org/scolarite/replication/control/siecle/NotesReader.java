package org.scolarite.replication.control.siecle;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.scolarite.grades.entity.GradeMark;
import org.scolarite.replication.entity.AssessmentRecord;
import org.scolarite.replication.entity.AssessmentRecord.PupilGrade;
import org.scolarite.replication.entity.ExportHeader;
import org.scolarite.replication.entity.GradePeriodRecord;
import org.scolarite.replication.entity.Rejection;
import org.scolarite.replication.entity.SourceLocation;

/**
 * {@code Notes.xml} (root {@code TS_NOTES}, docs/feeds/notes.md): {@code PERIODES/PERIODE} then
 * {@code DEVOIRS/DEVOIR} with their {@code NOTES/NOTE}, in file order, in one pass. What the file alone shows wrong is
 * rejected here with a French reason (missing field, unreadable date or number, a grade above « noté sur », a
 * duplicate id); unknown divisions, groups, periods, subjects and pupils are the feed's to find, against the database.
 * A bad grade is rejected alone: its assessment and the other pupils' grades are kept.
 */
final class NotesReader extends ExportReader {

    private final Set<String> periods = new HashSet<>();
    private final Set<String> assessments = new HashSet<>();

    NotesReader(Path file, ExportHeader header, XmlCursor cursor) {
        super(file, header, cursor);
    }

    @Override
    protected boolean produce() {
        XmlCursor cursor = cursor();
        while (cursor.nextStart()) {
            String parent = cursor.parent();
            switch (cursor.name()) {
                case "PERIODE" -> {
                    if ("PERIODES".equals(parent)) {
                        period(cursor.readNode());
                        return true;
                    }
                }
                case "DEVOIR" -> {
                    if ("DEVOIRS".equals(parent)) {
                        assessment(cursor.readNode());
                        return true;
                    }
                }
                default -> {
                    if (cursor.depth() == 2 && !Set.of("PERIODES", "DEVOIRS").contains(cursor.name())) {
                        cursor.skip();
                    }
                }
            }
        }
        return false;
    }

    private void period(XmlNode node) {
        RecordCheck check = new RecordCheck(node);
        String code = check.required(node.attribute("CODE"), "CODE");
        String division = check.required(node.attribute("DIVISION"), "DIVISION");
        String label = check.required("LIBELLE");
        LocalDate start = check.requiredDate("DATE_DEBUT");
        LocalDate end = check.requiredDate("DATE_FIN");
        if (start != null && end != null && end.isBefore(start)) {
            check.reject("DATE_FIN avant DATE_DEBUT");
        }
        if (code != null && division != null && !periods.add(division + '|' + code)) {
            check.reject("PERIODE " + code + " de la division " + division + " en double dans le fichier : seule la"
                    + " première est reprise");
        }
        var location = location(node, code == null ? null : "DIVISION=" + division + " CODE=" + code);
        check.emit(items, location, check.rejected() ? null
                : new GradePeriodRecord(location, division, code, label, start, end));
    }

    private void assessment(XmlNode node) {
        RecordCheck check = new RecordCheck(node);
        String id = check.required(node.attribute("DEVOIR_ID"), "DEVOIR_ID");
        String division = node.text("DIVISION");
        String group = node.text("GROUPE");
        if ((division == null) == (group == null)) {
            check.reject("un devoir est donné à une DIVISION ou à un GROUPE (un seul des deux)");
        }
        String period = check.required("PERIODE");
        String subject = check.required("CODE_MATIERE");
        String label = check.required("LIBELLE");
        LocalDate assessedOn = check.requiredDate("DATE_DEVOIR");
        LocalDate enteredOn = check.requiredDate("DATE_SAISIE");
        LocalDate publishedOn = check.optionalDate("DATE_PUBLICATION");
        BigDecimal coefficient = positive(check, node, "COEFFICIENT", new BigDecimal("99.99"));
        BigDecimal outOf = positive(check, node, "NOTE_SUR", new BigDecimal("999.99"));
        if (id != null && !assessments.add(id)) {
            check.reject("DEVOIR_ID " + id + " en double dans le fichier : seul le premier est repris");
        }
        SourceLocation location = location(node, id == null ? null : "DEVOIR_ID=" + id);
        List<PupilGrade> grades = new ArrayList<>();
        List<Rejection> badGrades = new ArrayList<>();
        Set<String> pupils = new HashSet<>();
        XmlNode notes = node.child("NOTES");
        for (XmlNode note : notes == null ? List.<XmlNode>of() : notes.children("NOTE")) {
            String pupil = note.attribute("ELEVE_ID");
            // A NOTE has no position of its own (only records are located): its DEVOIR's, with its key.
            SourceLocation at = new SourceLocation(fileName, node.line(), node.column(), "NOTE",
                    "DEVOIR_ID=" + id + " ELEVE_ID=" + pupil);
            if (pupil == null) {
                badGrades.add(Rejection.rejected(at, "Note rejetée : attribut ELEVE_ID manquant"));
                continue;
            }
            if (!pupils.add(pupil)) {
                badGrades.add(Rejection.rejected(at, "Note rejetée : deuxième note de l'élève " + pupil
                        + " pour ce devoir (la première est reprise)"));
                continue;
            }
            GradeMark.Parsed parsed = GradeMark.parse(note.attribute("VALEUR"), outOf);
            if (!parsed.ok()) {
                badGrades.add(Rejection.rejected(at, "Note rejetée : " + parsed.rejection()));
                continue;
            }
            grades.add(new PupilGrade(pupil, parsed.mark().value(),
                    parsed.mark().status() == null ? null : parsed.mark().status().code()));
        }
        check.emit(items, location, check.rejected() ? null : new AssessmentRecord(location, id, division, group,
                period, subject, node.text("ENSEIGNANT_ID"), label, assessedOn, coefficient, outOf, publishedOn,
                enteredOn, grades));
        if (!check.rejected()) {
            items.addAll(badGrades);
        }
    }

    private static BigDecimal positive(RecordCheck check, XmlNode node, String child, BigDecimal max) {
        String text = check.required(child);
        if (text == null) {
            return null;
        }
        try {
            BigDecimal value = new BigDecimal(text.replace(',', '.'));
            if (value.signum() <= 0 || value.compareTo(max) > 0 || value.scale() > 2) {
                check.reject(child + " hors limites : « " + text + " » (positif, deux décimales au plus)");
                return null;
            }
            return value;
        } catch (NumberFormatException e) {
            check.reject(child + " n'est pas un nombre : « " + text + " »");
            return null;
        }
    }
}

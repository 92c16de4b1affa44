package org.scolarite.replication.control.siecle;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.scolarite.replication.entity.ExportHeader;
import org.scolarite.replication.entity.LslExamRecord;
import org.scolarite.replication.entity.LslSchoolingRecord;
import org.scolarite.replication.entity.LslYearRecord;
import org.scolarite.replication.entity.LsuCycleRecord;
import org.scolarite.replication.entity.LsuReportRecord;
import org.scolarite.reportbook.entity.DisciplineGroup;
import org.scolarite.reportbook.entity.ExamOpinion;
import org.scolarite.reportbook.entity.LslLevel;
import org.scolarite.reportbook.entity.SocleComponent;

/**
 * The report books' feeds, {@code TS_LIVRET_CP3E} (periodic reports, end-of-cycle assessments) and
 * {@code TS_LIVRET_LYCEE} (years from Première, opinions for the examination, schooling since 6e), documented in
 * {@code docs/feeds/}. One pass, records in file order. What the file alone shows wrong (a missing id, a level out of
 * 1–4, an unknown code, an id listed twice) rejects the record here with every reason; whether the pupil, the subjects
 * and the period exist is the feed's to check against the database.
 */
final class ReportBookReader extends ExportReader {

    /** The source ids are kept, prefixed, in {@code replication_seen} (20 characters) for the reconciliation. */
    static final int MAX_ID_LENGTH = 18;

    private static final Set<String> SECTIONS = Set.of("BILANS_PERIODIQUES", "BILANS_CYCLE", "ANNEES", "AVIS_EXAMENS",
            "SCOLARITES");

    private final Set<String> ids = new HashSet<>();

    ReportBookReader(Path file, ExportHeader header, XmlCursor cursor) {
        super(file, header, cursor);
    }

    @Override
    protected boolean produce() {
        XmlCursor cursor = cursor();
        while (cursor.nextStart()) {
            String parent = cursor.parent();
            String name = cursor.name();
            if (cursor.depth() == 4 && parent != null && SECTIONS.contains(parent)) {
                switch (name) {
                    case "BILAN_PERIODIQUE" -> periodReport(cursor.readNode());
                    case "BILAN_CYCLE" -> cycleAssessment(cursor.readNode());
                    case "ANNEE" -> lslYear(cursor.readNode());
                    case "AVIS_EXAMEN" -> examOpinion(cursor.readNode());
                    case "SCOLARITE" -> schooling(cursor.readNode());
                    default -> cursor.skip();
                }
                return true;
            }
            if (cursor.depth() == 3 && !SECTIONS.contains(name)) {
                cursor.skip();
            }
        }
        return false;
    }

    private void periodReport(XmlNode node) {
        RecordCheck check = new RecordCheck(node);
        String id = id(check, node, "BILAN_ID", "B");
        String pupil = check.required(node.attribute("ELEVE_ID"), "ELEVE_ID");
        String period = check.required(node.attribute("CODE_PERIODE"), "CODE_PERIODE");
        List<LsuReportRecord.Subject> subjects = new ArrayList<>();
        List<XmlNode> disciplines = disciplines(node, "DISCIPLINES", "DISCIPLINE");
        if (disciplines.isEmpty()) {
            check.reject("aucune DISCIPLINE dans le bilan");
        }
        for (XmlNode discipline : disciplines) {
            String code = subjectCode(check, discipline);
            Integer positioning = level(check, discipline.attribute("POSITIONNEMENT"), "POSITIONNEMENT", code, false);
            subjects.add(new LsuReportRecord.Subject(code, label(check, discipline, code),
                    discipline.text("ENSEIGNANT"), positioning, discipline.text("ELEMENTS_PROGRAMME"),
                    discipline.text("APPRECIATION")));
        }
        var location = location(node, id == null ? null : "BILAN_ID=" + id);
        check.emit(items, location, check.rejected() ? null : new LsuReportRecord(location, id, pupil,
                header().schoolYear(), period, node.text("APPRECIATION_GENERALE"), node.text("VIE_SCOLAIRE"),
                subjects));
    }

    private void cycleAssessment(XmlNode node) {
        RecordCheck check = new RecordCheck(node);
        String id = id(check, node, "BILAN_ID", "C");
        String pupil = check.required(node.attribute("ELEVE_ID"), "ELEVE_ID");
        Integer cycle = integer(check, node.attribute("CYCLE"), "CYCLE", 2, 4);
        Integer year = integer(check, node.attribute("ANNEE_SCOLAIRE"), "ANNEE_SCOLAIRE", 1900, 2999);
        List<LsuCycleRecord.Level> levels = new ArrayList<>();
        Set<String> components = new HashSet<>();
        for (XmlNode domain : node.children("DOMAINE")) {
            String code = check.required(domain.attribute("CODE"), "DOMAINE@CODE");
            if (code != null && SocleComponent.ofCode(code).isEmpty()) {
                check.reject("composante du socle inconnue : « " + code + " »");
            } else if (code != null && !components.add(code)) {
                check.reject("composante du socle " + code + " donnée deux fois");
            }
            Integer level = level(check, domain.attribute("NIVEAU"), "NIVEAU", code, true);
            if (code != null && level != null) {
                levels.add(new LsuCycleRecord.Level(code, level));
            }
        }
        if (node.children("DOMAINE").isEmpty()) {
            check.reject("aucun DOMAINE du socle dans le bilan de fin de cycle");
        }
        var location = location(node, id == null ? null : "BILAN_ID=" + id);
        check.emit(items, location, check.rejected() ? null : new LsuCycleRecord(location, id, pupil, cycle, year,
                node.text("SYNTHESE"), levels));
    }

    private void lslYear(XmlNode node) {
        RecordCheck check = new RecordCheck(node);
        String id = id(check, node, "ANNEE_ID", "A");
        String pupil = check.required(node.attribute("ELEVE_ID"), "ELEVE_ID");
        Integer year = integer(check, node.attribute("ANNEE_SCOLAIRE"), "ANNEE_SCOLAIRE", 1900, 2999);
        String level = check.required(node.attribute("NIVEAU"), "NIVEAU");
        if (level != null && LslLevel.ofCode(level).isEmpty()) {
            check.reject("NIVEAU « " + level + " » : le livret scolaire du lycée commence en Première "
                    + "(PREMIERE ou TERMINALE)");
        }
        List<LslYearRecord.Teaching> teachings = new ArrayList<>();
        for (XmlNode teaching : node.children("ENSEIGNEMENT")) {
            String code = subjectCode(check, teaching);
            String group = check.required(teaching.attribute("GROUPE"), "ENSEIGNEMENT@GROUPE");
            if (group != null && DisciplineGroup.ofCode(group).isEmpty()) {
                check.reject("GROUPE « " + group + " » inconnu pour " + code + " (COMMUN, SPECIALITE, OPTIONNEL)");
            }
            List<LslYearRecord.Competence> competences = new ArrayList<>();
            for (XmlNode competence : teaching.children("COMPETENCE")) {
                String label = check.required(competence.attribute("LIBELLE"), "COMPETENCE@LIBELLE");
                Integer value = level(check, competence.attribute("NIVEAU"), "NIVEAU", code, true);
                if (label != null && value != null) {
                    competences.add(new LslYearRecord.Competence(label, value));
                }
            }
            teachings.add(new LslYearRecord.Teaching(group, code, label(check, teaching, code),
                    teaching.text("ENSEIGNANT"), average(check, teaching.text("MOYENNE_ELEVE"), "MOYENNE_ELEVE", code),
                    average(check, teaching.text("MOYENNE_CLASSE"), "MOYENNE_CLASSE", code),
                    teaching.text("APPRECIATION"), competences));
        }
        var location = location(node, id == null ? null : "ANNEE_ID=" + id);
        check.emit(items, location, check.rejected() ? null : new LslYearRecord(location, id, pupil, year, level,
                node.text("ENGAGEMENT"), teachings));
    }

    private void examOpinion(XmlNode node) {
        RecordCheck check = new RecordCheck(node);
        String id = id(check, node, "AVIS_ID", "E");
        String pupil = check.required(node.attribute("ELEVE_ID"), "ELEVE_ID");
        String opinion = check.required(node.attribute("AVIS"), "AVIS");
        if (opinion != null && ExamOpinion.ofCode(opinion).isEmpty()) {
            check.reject("AVIS « " + opinion + " » inconnu (TRES_FAVORABLE, FAVORABLE, DOIT_FAIRE_SES_PREUVES)");
        }
        XmlNode distribution = node.child("REPARTITION");
        Integer veryFavourable = null;
        Integer favourable = null;
        Integer toProve = null;
        if (distribution == null) {
            check.required(null, "REPARTITION");
        } else {
            veryFavourable = integer(check, distribution.attribute("TRES_FAVORABLE"), "REPARTITION@TRES_FAVORABLE",
                    0, 100_000);
            favourable = integer(check, distribution.attribute("FAVORABLE"), "REPARTITION@FAVORABLE", 0, 100_000);
            toProve = integer(check, distribution.attribute("DOIT_FAIRE_SES_PREUVES"),
                    "REPARTITION@DOIT_FAIRE_SES_PREUVES", 0, 100_000);
        }
        var location = location(node, id == null ? null : "AVIS_ID=" + id);
        check.emit(items, location, check.rejected() ? null : new LslExamRecord(location, id, pupil,
                header().schoolYear(), opinion, node.text("OBSERVATION_CHEF"), node.text("SERIE"), veryFavourable,
                favourable, toProve));
    }

    private void schooling(XmlNode node) {
        RecordCheck check = new RecordCheck(node);
        String pupil = id(check, node, "ELEVE_ID", "S");
        List<LslSchoolingRecord.Year> years = new ArrayList<>();
        Set<Integer> seen = new HashSet<>();
        for (XmlNode year : node.children("ANNEE_SCOLARITE")) {
            Integer start = integer(check, year.attribute("ANNEE_SCOLAIRE"), "ANNEE_SCOLARITE@ANNEE_SCOLAIRE",
                    1900, 2999);
            String label = check.required(year.attribute("CLASSE"), "ANNEE_SCOLARITE@CLASSE");
            String establishment = check.required(year.attribute("ETABLISSEMENT"), "ANNEE_SCOLARITE@ETABLISSEMENT");
            if (start != null && !seen.add(start)) {
                check.reject("année scolaire " + start + " donnée deux fois");
            }
            years.add(new LslSchoolingRecord.Year(start == null ? 0 : start, label, establishment,
                    year.attribute("COMMUNE")));
        }
        if (years.isEmpty()) {
            check.reject("aucune ANNEE_SCOLARITE");
        }
        var location = location(node, pupil == null ? null : "ELEVE_ID=" + pupil);
        check.emit(items, location, check.rejected() ? null : new LslSchoolingRecord(location, pupil, years));
    }

    /** The record's id: required, at most {@link #MAX_ID_LENGTH} characters, once per file and kind. */
    private String id(RecordCheck check, XmlNode node, String attribute, String kind) {
        String id = check.required(node.attribute(attribute), attribute);
        if (id != null && id.length() > MAX_ID_LENGTH) {
            check.reject(attribute + " « " + id + " » trop long (" + MAX_ID_LENGTH + " caractères au plus)");
        } else if (id != null && !ids.add(kind + id)) {
            check.reject(attribute + " " + id + " en double dans le fichier : seule la première fiche est reprise");
        }
        return id;
    }

    private static List<XmlNode> disciplines(XmlNode node, String list, String element) {
        XmlNode holder = node.child(list);
        return holder == null ? List.of() : holder.children(element);
    }

    private static String subjectCode(RecordCheck check, XmlNode node) {
        return check.required(node.attribute("CODE_MATIERE"), node.name() + "@CODE_MATIERE");
    }

    private static String label(RecordCheck check, XmlNode node, String code) {
        return check.required(node.text("LIBELLE"), "LIBELLE de " + (code == null ? node.name() : code));
    }

    /** A level 1 to 4; a missing one is refused only when {@code required}. */
    private static Integer level(RecordCheck check, String text, String what, String of, boolean required) {
        if (text == null) {
            if (required) {
                check.required(null, what + (of == null ? "" : " de " + of));
            }
            return null;
        }
        return integer(check, text, what + (of == null ? "" : " de " + of), 1, 4);
    }

    private static Integer integer(RecordCheck check, String text, String what, int min, int max) {
        if (check.required(text, what) == null) {
            return null;
        }
        try {
            int value = Integer.parseInt(text);
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below with the accepted range
        }
        check.reject(what + " « " + text + " » : un entier de " + min + " à " + max + " est attendu");
        return null;
    }

    /** An average out of 20 with a point or a comma (« 12.5 », « 12,50 »); absent when the pupil has none. */
    private static BigDecimal average(RecordCheck check, String text, String what, String of) {
        if (text == null) {
            return null;
        }
        try {
            BigDecimal value = new BigDecimal(text.replace(',', '.'));
            if (value.signum() >= 0 && value.compareTo(BigDecimal.valueOf(20)) <= 0) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        check.reject(what + " de " + of + " « " + text + " » : une moyenne sur 20 est attendue");
        return null;
    }
}

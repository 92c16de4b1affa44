package org.scolarite.demo.control.siecle;

import java.util.List;
import java.util.Map;
import org.scolarite.demo.control.siecle.Subjects.Subject;
import org.scolarite.demo.control.siecle.Teachers.Service;
import org.scolarite.demo.control.siecle.Teachers.Teacher;
import org.scolarite.people.entity.Student;
import org.scolarite.structure.entity.Division;
import org.scolarite.structure.entity.TeachingGroup;

/**
 * STS-web's {@code sts_emp_<UAI>_<year>.xml}: root {@code STS_EDT}, {@code PARAMETRES} ({@code UAJ@CODE},
 * {@code ANNEE_SCOLAIRE@ANNEE}), {@code NOMENCLATURES} (subjects), then {@code DONNEES}: {@code INDIVIDUS} (the
 * teachers, their discipline and the division they are professeur principal of) and {@code STRUCTURE}
 * ({@code DIVISIONS}, {@code GROUPES}, each with its services: who teaches which subject).
 */
final class StsWriter {

    private final EstablishmentData data;
    private final ExportOptions options;
    private final Teachers teachers;

    StsWriter(EstablishmentData data, ExportOptions options, Teachers teachers) {
        this.data = data;
        this.options = options;
        this.teachers = teachers;
    }

    static String fileName(String uai, ExportOptions options) {
        return "sts_emp_" + uai + "_" + ExportFiles.startYear(options) + ".xml";
    }

    /** @return the teachers written */
    int write(XmlOut out) {
        out.start("STS_EDT");
        out.start("PARAMETRES");
        out.empty("UAJ", "CODE", data.uai());
        out.empty("ANNEE_SCOLAIRE", "ANNEE", String.valueOf(ExportFiles.startYear(options)));
        out.element("DATE_EXPORT", options.exportedAt().format(ExportFiles.DATE));
        out.element("HORODATAGE", options.exportedAt().format(ExportFiles.TIMESTAMP));
        out.end();
        out.start("NOMENCLATURES");
        out.start("MATIERES");
        for (Subject subject : Subjects.ALL) {
            out.start("MATIERE").attribute("CODE", subject.code());
            out.element("CODE_GESTION", subject.management());
            out.element("LIBELLE_COURT", subject.shortLabel());
            out.element("LIBELLE_LONG", subject.longLabel());
            out.element("LIBELLE_EDITION", subject.edition());
            out.end();
        }
        out.end();
        out.end();
        out.start("DONNEES");
        out.start("INDIVIDUS");
        for (Teacher teacher : teachers.all()) {
            individual(out, teacher);
        }
        out.end();
        out.start("STRUCTURE");
        out.start("DIVISIONS");
        Map<Division, String> mefs = mefOfDivisions();
        for (Map.Entry<Division, List<Service>> entry : teachers.divisionServices.entrySet()) {
            Division division = entry.getKey();
            out.start("DIVISION").attribute("CODE", division.getCode());
            out.element("LIBELLE_LONG", division.getLabel());
            if (mefs.containsKey(division)) {
                out.start("MEFS_APPARTENANCE");
                out.empty("MEF_APPARTENANCE", "CODE", mefs.get(division));
                out.end();
            }
            services(out, entry.getValue());
            out.end();
        }
        out.end();
        out.start("GROUPES");
        for (Map.Entry<TeachingGroup, List<Service>> entry : teachers.groupServices.entrySet()) {
            TeachingGroup group = entry.getKey();
            out.start("GROUPE").attribute("CODE", group.getCode());
            out.element("LIBELLE_LONG", group.getLabel());
            out.start("DIVISIONS_APPARTENANCE");
            String level = group.getCode().substring(0, group.getCode().indexOf('_'));
            for (Division division : data.divisions) {
                if (mefs.containsKey(division) && levelOf(division).equals(level)) {
                    out.empty("DIVISION_APPARTENANCE", "CODE", division.getCode());
                }
            }
            out.end();
            services(out, entry.getValue());
            out.end();
        }
        out.end();
        out.end();
        out.end();
        out.end();
        return teachers.all().size();
    }

    private void individual(XmlOut out, Teacher teacher) {
        out.start("INDIVIDU").attribute("ID", teacher.id).attribute("TYPE", "epp");
        out.element("SEXE", teacher.woman ? "2" : "1");
        out.element("CIVILITE", teacher.woman ? "2" : "1");
        out.element("NOM_USAGE", teacher.lastName);
        out.element("NOM_PATRONYMIQUE", teacher.lastName);
        out.element("PRENOM", teacher.firstName);
        out.element("FONCTION", "ENS");
        out.start("DISCIPLINES");
        out.start("DISCIPLINE").attribute("CODE", teacher.subject.discipline());
        out.element("LIBELLE_COURT", teacher.subject.shortLabel());
        out.end();
        out.end();
        if (!teacher.mainTeacherOf.isEmpty()) {
            out.start("PROFS_PRINC");
            for (String division : teacher.mainTeacherOf) {
                out.start("PROF_PRINC");
                out.element("CODE_STRUCTURE", division);
                out.element("DATE_DESIGNATION", "01/09/" + ExportFiles.startYear(options));
                out.end();
            }
            out.end();
        }
        out.end();
    }

    private static void services(XmlOut out, List<Service> services) {
        out.start("SERVICES");
        for (Service service : services) {
            out.start("SERVICE").attribute("CODE_MATIERE", service.subject().code())
                    .attribute("CODE_MOD_COURS", "CG");
            out.start("ENSEIGNANTS");
            out.empty("ENSEIGNANT", "ID", service.teacher().id, "TYPE", "epp");
            out.end();
            out.end();
        }
        out.end();
    }

    /** A division's MEF is its pupils' (the entity does not hold it). */
    private Map<Division, String> mefOfDivisions() {
        Map<Division, String> mefs = new java.util.LinkedHashMap<>();
        for (Student pupil : data.students) {
            mefs.putIfAbsent(pupil.getDivision(), pupil.getMef().getCode());
        }
        return mefs;
    }

    /** The level prefix of a division code: collèges add a letter (« 6A »), lycées a number (« 1G2 », « 2NDE1 »). */
    private static String levelOf(Division division) {
        String code = division.getCode();
        return Character.isDigit(code.charAt(code.length() - 1)) ? code.replaceAll("\\d+$", "")
                : code.substring(0, code.length() - 1);
    }
}

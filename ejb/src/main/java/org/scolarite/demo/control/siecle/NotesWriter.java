package org.scolarite.demo.control.siecle;

import java.util.List;
import org.scolarite.demo.control.siecle.DemoGrades.Assessment;
import org.scolarite.demo.control.siecle.DemoGrades.Mark;
import org.scolarite.grades.entity.FrenchDecimal;
import org.scolarite.structure.entity.SchoolPeriod;

/**
 * The grades feed {@code Notes.xml} (docs/feeds/notes.md): root {@code TS_NOTES VERSION="1.0"}, the BEE
 * {@code PARAMETRES}, the divisions' {@code PERIODES}, then the {@code DEVOIRS} of {@link DemoGrades} with their
 * {@code NOTES}. The demo's deliberate fault adds, to the first assessment, a grade for a pupil id that no pupils
 * file holds: the replication rejects that grade alone.
 */
final class NotesWriter {

    static final String FILE = "Notes.xml";
    static final String UNKNOWN_PUPIL = "999999";

    private final EstablishmentData data;
    private final ExportOptions options;
    private final List<Assessment> assessments;
    private final boolean unknownPupil;

    NotesWriter(EstablishmentData data, ExportOptions options, List<Assessment> assessments, boolean unknownPupil) {
        this.data = data;
        this.options = options;
        this.assessments = assessments;
        this.unknownPupil = unknownPupil;
    }

    /** @return the grades written */
    int write(XmlOut out) {
        int grades = 0;
        out.start("TS_NOTES").attribute("VERSION", "1.0");
        ExportFiles.parameters(out, data.uai(), options);
        out.start("PERIODES");
        for (SchoolPeriod period : data.periods) {
            out.start("PERIODE").attribute("CODE", period.getCode()).attribute("DIVISION",
                    period.getDivision().getCode());
            out.element("LIBELLE", period.getLabel());
            out.element("DATE_DEBUT", ExportFiles.date(period.getStartsOn()));
            out.element("DATE_FIN", ExportFiles.date(period.getEndsOn()));
            out.end();
        }
        out.end();
        out.start("DEVOIRS");
        boolean first = true;
        for (Assessment a : assessments) {
            out.start("DEVOIR").attribute("DEVOIR_ID", a.id());
            out.element("DIVISION", a.division() == null ? null : a.division().getCode());
            out.element("GROUPE", a.group() == null ? null : a.group().getCode());
            out.element("PERIODE", a.periodCode());
            out.element("CODE_MATIERE", a.subject().code());
            out.element("ENSEIGNANT_ID", a.teacher().id);
            out.element("LIBELLE", a.label());
            out.element("DATE_DEVOIR", ExportFiles.date(a.assessedOn()));
            out.element("COEFFICIENT", String.valueOf(a.coefficient()));
            out.element("NOTE_SUR", String.valueOf(a.outOf()));
            out.element("DATE_PUBLICATION", ExportFiles.date(a.publishedOn()));
            out.element("DATE_SAISIE", ExportFiles.date(a.enteredOn()));
            out.start("NOTES");
            for (Mark mark : a.marks()) {
                out.empty("NOTE", "ELEVE_ID", mark.pupil().getSourceId(), "VALEUR",
                        mark.status() != null ? mark.status() : FrenchDecimal.format(mark.value()));
                grades++;
            }
            if (first && unknownPupil) {
                out.empty("NOTE", "ELEVE_ID", UNKNOWN_PUPIL, "VALEUR", "12");
            }
            first = false;
            out.end();
            out.end();
        }
        out.end();
        out.end();
        return grades;
    }
}

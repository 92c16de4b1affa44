package org.scolarite.demo.control.siecle;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.scolarite.demo.control.siecle.ReportBookDemo.SchoolBooks;
import org.scolarite.replication.entity.LslExamRecord;
import org.scolarite.replication.entity.LslSchoolingRecord;
import org.scolarite.replication.entity.LslYearRecord;
import org.scolarite.replication.entity.LsuCycleRecord;
import org.scolarite.replication.entity.LsuReportRecord;

/**
 * Writes an establishment's books as the feed the replication reads: {@code TS_LIVRET_CP3E} for a collège,
 * {@code TS_LIVRET_LYCEE} for a lycée, version 1.0, with the exports' {@code PARAMETRES} (docs/feeds/).
 */
final class ReportBookWriter {

    private ReportBookWriter() {
    }

    static void write(XmlOut out, SchoolBooks books, LocalDateTime now) {
        out.start(books.college() ? "TS_LIVRET_CP3E" : "TS_LIVRET_LYCEE").attribute("VERSION", "1.0");
        ExportFiles.parameters(out, books.uai(), ExportOptions.current(now.withNano(0)));
        out.start("DONNEES");
        List<Object> all = new ArrayList<>(books.records());
        all.addAll(books.faults());
        if (books.college()) {
            section(out, "BILANS_PERIODIQUES", all, LsuReportRecord.class);
            section(out, "BILANS_CYCLE", all, LsuCycleRecord.class);
        } else {
            section(out, "ANNEES", all, LslYearRecord.class);
            section(out, "AVIS_EXAMENS", all, LslExamRecord.class);
            section(out, "SCOLARITES", all, LslSchoolingRecord.class);
        }
        out.end();
        out.end();
    }

    private static void section(XmlOut out, String name, List<Object> records, Class<?> kind) {
        out.start(name);
        for (Object record : records) {
            if (kind.isInstance(record)) {
                record(out, record);
            }
        }
        out.end();
    }

    private static void record(XmlOut out, Object record) {
        if (record instanceof LsuReportRecord r) {
            out.start("BILAN_PERIODIQUE").attribute("BILAN_ID", r.sourceId()).attribute("ELEVE_ID", r.pupilId())
                    .attribute("CODE_PERIODE", r.periodCode());
            out.start("DISCIPLINES");
            for (LsuReportRecord.Subject s : r.subjects()) {
                out.start("DISCIPLINE").attribute("CODE_MATIERE", s.code());
                if (s.positioning() != null) {
                    out.attribute("POSITIONNEMENT", String.valueOf(s.positioning()));
                }
                out.element("LIBELLE", s.label());
                out.element("ENSEIGNANT", s.teacher());
                out.element("ELEMENTS_PROGRAMME", s.programme());
                out.element("APPRECIATION", s.appreciation());
                out.end();
            }
            out.end();
            out.element("APPRECIATION_GENERALE", r.generalAppreciation());
            out.element("VIE_SCOLAIRE", r.schoolLife());
            out.end();
        } else if (record instanceof LsuCycleRecord c) {
            out.start("BILAN_CYCLE").attribute("BILAN_ID", c.sourceId()).attribute("ELEVE_ID", c.pupilId())
                    .attribute("CYCLE", String.valueOf(c.cycle()))
                    .attribute("ANNEE_SCOLAIRE", String.valueOf(c.schoolYear()));
            for (LsuCycleRecord.Level level : c.levels()) {
                out.empty("DOMAINE", "CODE", level.component(), "NIVEAU", String.valueOf(level.level()));
            }
            out.element("SYNTHESE", c.synthesis());
            out.end();
        } else if (record instanceof LslYearRecord y) {
            out.start("ANNEE").attribute("ANNEE_ID", y.sourceId()).attribute("ELEVE_ID", y.pupilId())
                    .attribute("ANNEE_SCOLAIRE", String.valueOf(y.schoolYear())).attribute("NIVEAU", y.level());
            for (LslYearRecord.Teaching t : y.teachings()) {
                out.start("ENSEIGNEMENT").attribute("CODE_MATIERE", t.code()).attribute("GROUPE", t.group());
                out.element("LIBELLE", t.label());
                out.element("ENSEIGNANT", t.teacher());
                out.element("MOYENNE_ELEVE", t.studentAverage() == null ? null : t.studentAverage().toPlainString());
                out.element("MOYENNE_CLASSE", t.groupAverage() == null ? null : t.groupAverage().toPlainString());
                out.element("APPRECIATION", t.appreciation());
                for (LslYearRecord.Competence c : t.competences()) {
                    out.empty("COMPETENCE", "LIBELLE", c.label(), "NIVEAU", String.valueOf(c.level()));
                }
                out.end();
            }
            out.element("ENGAGEMENT", y.engagement());
            out.end();
        } else if (record instanceof LslExamRecord e) {
            out.start("AVIS_EXAMEN").attribute("AVIS_ID", e.sourceId()).attribute("ELEVE_ID", e.pupilId())
                    .attribute("AVIS", e.opinion());
            out.element("OBSERVATION_CHEF", e.headObservation());
            out.element("SERIE", e.seriesLabel());
            out.empty("REPARTITION", "TRES_FAVORABLE", String.valueOf(e.veryFavourable()), "FAVORABLE",
                    String.valueOf(e.favourable()), "DOIT_FAIRE_SES_PREUVES", String.valueOf(e.toProve()));
            out.end();
        } else if (record instanceof LslSchoolingRecord h) {
            out.start("SCOLARITE").attribute("ELEVE_ID", h.pupilId());
            for (LslSchoolingRecord.Year year : h.years()) {
                out.empty("ANNEE_SCOLARITE", "ANNEE_SCOLAIRE", String.valueOf(year.schoolYear()), "CLASSE",
                        year.classLabel(), "ETABLISSEMENT", year.establishment(), "COMMUNE", year.town());
            }
            out.end();
        } else {
            throw new IllegalArgumentException("Pas un enregistrement de livret : " + record);
        }
    }
}

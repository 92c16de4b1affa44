package org.scolarite.replication.entity;

import java.io.Serializable;
import java.util.List;

/**
 * {@code TS_LIVRET_CP3E BILANS_PERIODIQUES/BILAN_PERIODIQUE} (docs/feeds/livret-cp-3e.md): a periodic report of the
 * LSU for a pupil ({@code ELEVE_ID}) and a period of his division ({@code CODE_PERIODE}), in the file's school year.
 */
public record LsuReportRecord(SourceLocation location, String sourceId, String pupilId, int schoolYear,
                              String periodCode, String generalAppreciation, String schoolLife, List<Subject> subjects)
        implements SourceItem {

    /** A {@code DISCIPLINE}: positioning 1 to 4, or null when the teacher gave none. */
    public record Subject(String code, String label, String teacher, Integer positioning, String programme,
                          String appreciation) implements Serializable {
    }

    public LsuReportRecord {
        subjects = List.copyOf(subjects);
    }
}

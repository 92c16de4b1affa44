package org.scolarite.replication.entity;

import java.io.Serializable;
import java.util.List;

/** {@code TS_LIVRET_LYCEE SCOLARITES/SCOLARITE}: a pupil's school years since 6e, keyed by the pupil. */
public record LslSchoolingRecord(SourceLocation location, String pupilId, List<Year> years) implements SourceItem {

    public record Year(int schoolYear, String classLabel, String establishment, String town) implements Serializable {
    }

    public LslSchoolingRecord {
        years = List.copyOf(years);
    }
}

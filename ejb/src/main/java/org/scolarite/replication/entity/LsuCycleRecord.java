package org.scolarite.replication.entity;

import java.io.Serializable;
import java.util.List;

/**
 * {@code TS_LIVRET_CP3E BILANS_CYCLE/BILAN_CYCLE}: the end-of-cycle assessment of a pupil — the level (1 to 4) of each
 * component of the socle ({@code DOMAINE@CODE}, codes of {@code SocleComponent}) and the synthesis.
 */
public record LsuCycleRecord(SourceLocation location, String sourceId, String pupilId, int cycle, int schoolYear,
                             String synthesis, List<Level> levels) implements SourceItem {

    public record Level(String component, int level) implements Serializable {
    }

    public LsuCycleRecord {
        levels = List.copyOf(levels);
    }
}

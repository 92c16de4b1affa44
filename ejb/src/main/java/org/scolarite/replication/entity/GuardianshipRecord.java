package org.scolarite.replication.entity;

import java.io.Serializable;
import java.util.List;
import org.scolarite.people.entity.LegalRank;

/**
 * Every {@code RESPONSABLE_ELEVE} of one pupil, grouped by the reader, with légal 1 / légal 2 already derived (old
 * files: {@code RESP_LEGAL}; current files: level 1 {@code NIVEAU_RESPONSABILITE}, the one who pays school fees
 * preferred as légal 1; beyond two level-1 persons the others are {@code OTHER} and an anomaly is reported).
 */
public record GuardianshipRecord(SourceLocation location, String pupilSourceId, List<Responsibility> responsibilities)
        implements SourceItem {

    /**
     * @param level        {@code NIVEAU_RESPONSABILITE} (1 legal representative, 2 person in charge, 3 contact), derived
     *                     from {@code RESP_LEGAL} in old files (1 or 2 → 1, 0 → 3)
     * @param relationship {@code CODE_PARENTE} (10 mother, 20 father, 50 tutor…), null in old files
     */
    public record Responsibility(String personSourceId, int level, LegalRank legalRank, String relationship,
                                 boolean paysFees, boolean receivesAid, boolean housesPupil, boolean contactFirst)
            implements Serializable {
    }
}

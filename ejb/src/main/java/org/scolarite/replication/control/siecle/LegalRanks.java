package org.scolarite.replication.control.siecle;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.scolarite.people.entity.LegalRank;

/**
 * Derives légal 1 / légal 2 among the persons responsible for one pupil (R-ACC-1: only they get accounts).
 * Old files say it directly ({@code RESP_LEGAL} 1, 2; 0 for another person). Current files only give the level
 * ({@code NIVEAU_RESPONSABILITE} 1 legal representative, 2 person in charge, 3 contact): among level 1, the one who
 * pays school fees is preferred as légal 1, then file order; beyond two level-1 persons the others are {@code OTHER}
 * and the caller reports an anomaly. A rank claimed twice in an old file is treated like the current form.
 */
final class LegalRanks {

    private LegalRanks() {
    }

    /**
     * @param respLegal old form ({@code RESP_LEGAL} 0, 1, 2), null in current files
     * @param level     current form ({@code NIVEAU_RESPONSABILITE} 1, 2, 3), null in old files
     */
    record Claim(Integer respLegal, Integer level, boolean paysFees) {

        /** The level, derived from {@code RESP_LEGAL} in old files (1 or 2 → 1, 0 → 3). */
        int effectiveLevel() {
            if (level != null) {
                return level;
            }
            return respLegal != null && (respLegal == 1 || respLegal == 2) ? 1 : 3;
        }
    }

    /** The ranks in the claims' order, and how many level-1 persons there were (more than two: an anomaly). */
    record Ranking(List<LegalRank> ranks, int legalCount) {

        boolean tooManyLegal() {
            return legalCount > 2;
        }
    }

    static Ranking rank(List<Claim> claims) {
        LegalRank[] ranks = new LegalRank[claims.size()];
        boolean firstTaken = false;
        boolean secondTaken = false;
        int legalCount = 0;
        List<Integer> toPlace = new ArrayList<>();
        for (int i = 0; i < claims.size(); i++) {
            Claim claim = claims.get(i);
            if (claim.effectiveLevel() != 1) {
                ranks[i] = LegalRank.OTHER;
                continue;
            }
            legalCount++;
            if (claim.level() == null && claim.respLegal() == 1 && !firstTaken) {
                ranks[i] = LegalRank.FIRST;
                firstTaken = true;
            } else if (claim.level() == null && claim.respLegal() == 2 && !secondTaken) {
                ranks[i] = LegalRank.SECOND;
                secondTaken = true;
            } else {
                toPlace.add(i);
            }
        }
        // stable sort: payers first, file order among equals
        toPlace.sort(Comparator.comparing((Integer i) -> !claims.get(i).paysFees()));
        for (int i : toPlace) {
            if (!firstTaken) {
                ranks[i] = LegalRank.FIRST;
                firstTaken = true;
            } else if (!secondTaken) {
                ranks[i] = LegalRank.SECOND;
                secondTaken = true;
            } else {
                ranks[i] = LegalRank.OTHER;
            }
        }
        return new Ranking(List.of(ranks), legalCount);
    }
}

package org.scolarite.infosheet.boundary;

import org.scolarite.infosheet.entity.SheetField;
import org.scolarite.infosheet.entity.SheetReview;

/**
 * The information sheet as one guardian sees it (R-FICHE-1): the pupil and the guardian it is about, the school's
 * values with this guardian's pending changes over them, and what only the school changes (regime, pupil address).
 *
 * @param regimeCode         SIECLE's regime code, null when unknown
 * @param pupilAddress       the pupil's address, formatted (null when the school holds none)
 * @param addressOfLegal1    the pupil's address is légal 1's (or the school holds none of its own)
 * @param legalRank          « FIRST » or « SECOND »
 * @param relationship       SIECLE's CODE_PARENTE, read-only here
 */
public record SheetView(long studentId, long guardianId, String pupilName, String guardianName, String regimeCode,
                        String pupilAddress, boolean addressOfLegal1, String legalRank, String relationship,
                        SheetReview review) {

    public String shown(SheetField field) {
        return review.shown(field);
    }

    public boolean pending(SheetField field) {
        return review.isPending(field);
    }

    public boolean pupilLocked() {
        return review.pupilLocked();
    }
}

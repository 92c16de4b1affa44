package org.scolarite.reportbook.entity;

/**
 * « Avis examen » of the LSL: the team's opinion, the head's observation, and how the opinions of the pupil's series
 * were distributed, with its head count (R-LSL-1).
 */
public record ExamEntry(int schoolYear, ExamOpinion opinion, String headObservation, String seriesLabel,
                        int veryFavourable, int favourable, int toProve) {

    public int headcount() {
        return veryFavourable + favourable + toProve;
    }

    public int count(ExamOpinion of) {
        return switch (of) {
            case VERY_FAVOURABLE -> veryFavourable;
            case FAVOURABLE -> favourable;
            case TO_PROVE -> toProve;
        };
    }

    /** The share of the series with that opinion, rounded to the unit; 0 for an empty series. */
    public int percent(ExamOpinion of) {
        return headcount() == 0 ? 0 : Math.round(100f * count(of) / headcount());
    }
}

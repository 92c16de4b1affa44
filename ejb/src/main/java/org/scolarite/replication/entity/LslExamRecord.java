package org.scolarite.replication.entity;

/**
 * {@code TS_LIVRET_LYCEE AVIS_EXAMENS/AVIS_EXAMEN}: the opinion for the examination of a pupil in the file's school
 * year, the head's observation and the distribution of the opinions in the pupil's series.
 */
public record LslExamRecord(SourceLocation location, String sourceId, String pupilId, int schoolYear, String opinion,
                            String headObservation, String seriesLabel, int veryFavourable, int favourable,
                            int toProve) implements SourceItem {
}

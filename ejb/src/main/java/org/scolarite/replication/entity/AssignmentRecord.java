package org.scolarite.replication.entity;

/**
 * {@code Affectations.xml AFFECTATIONS/AFFECTATION}: a pupil of the collège ({@code pupilId}, his {@code ELEVE_ID})
 * assigned to a lycée ({@code lyceeUai}) in a MEF ({@code mefCode}) — R-INSC-1.
 */
public record AssignmentRecord(SourceLocation location, String sourceId, String pupilId, String lyceeUai,
                               String mefCode) implements SourceItem {
}

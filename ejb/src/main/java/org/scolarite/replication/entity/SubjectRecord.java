package org.scolarite.replication.entity;

/** {@code Nomenclature.xml MATIERES/MATIERE} (or STS-web's subjects): 6-digit code, management code, labels. */
public record SubjectRecord(SourceLocation location, String code, String managementCode, String shortLabel,
                           String longLabel, String editionLabel) implements SourceItem {
}

package org.scolarite.replication.entity;

/** {@code Nomenclature.xml PROGRAMMES/PROGRAMME}: a subject taught in a MEF, compulsory or optional, weekly hours. */
public record ProgrammeRecord(SourceLocation location, String mefCode, String subjectCode, String modality,
                             String hours) implements SourceItem {
}

package org.scolarite.replication.entity;

import java.io.Serializable;
import java.util.List;

/**
 * STS-web {@code DIVISION} or {@code GROUPE}: its code and label, and who teaches which subject to it
 * ({@code SERVICES/SERVICE@CODE_MATIERE/ENSEIGNANTS/ENSEIGNANT@ID}); a group lists the divisions it draws from.
 */
public record StructureRecord(SourceLocation location, String code, boolean division, String label,
                              List<String> divisionCodes, List<TeachingService> services) implements SourceItem {

    public record TeachingService(String subjectCode, List<String> teacherIds) implements Serializable {
    }
}

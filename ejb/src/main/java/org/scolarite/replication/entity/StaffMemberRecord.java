package org.scolarite.replication.entity;

import java.util.List;

/**
 * STS-web {@code INDIVIDU}: a member of staff (type {@code epp} for teachers), his function, his disciplines and the
 * divisions of which he is professeur principal ({@code PROFS_PRINC/PROF_PRINC/CODE_STRUCTURE}).
 */
public record StaffMemberRecord(SourceLocation location, String sourceId, String type, String civility,
                                String lastName, String firstName, String function, List<String> disciplines,
                                List<String> mainTeacherOf) implements SourceItem {
}

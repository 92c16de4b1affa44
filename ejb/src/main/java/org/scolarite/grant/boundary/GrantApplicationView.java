package org.scolarite.grant.boundary;

import java.time.LocalDateTime;
import org.scolarite.grant.entity.GrantAnswers;
import org.scolarite.grant.entity.GrantApplication;
import org.scolarite.grant.entity.GrantStatus;

/** A grant application as the family's page shows it. */
public record GrantApplicationView(long id, int schoolYear, GrantStatus status, GrantAnswers answers,
                                   LocalDateTime submittedAt, LocalDateTime decidedAt) {

    static GrantApplicationView of(GrantApplication application) {
        return new GrantApplicationView(application.getId(), application.getSchoolYear(), application.getStatus(),
                application.answers(), application.getSubmittedAt(), application.getDecidedAt());
    }

    public boolean isEditable() {
        return status == GrantStatus.DRAFT;
    }

    /** « 2026-2027 ». */
    public String getYearLabel() {
        return schoolYear + "-" + (schoolYear + 1);
    }

    public String getStatusLabel() {
        return status.label();
    }
}

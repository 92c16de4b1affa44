package org.scolarite.grant.entity;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import org.scolarite.catalog.entity.NationalService;

/** One application of the school's list (« Demandes de bourse »), with the version its status change is based on. */
public record GrantLine(long id, int version, NationalService service, String pupil, String division,
                        GrantStatus status, Household household, String guardians, BigDecimal referenceIncome,
                        Integer childrenInCharge, LocalDateTime submittedAt, String submittedBy) {

    public String getStatusLabel() {
        return status.label();
    }

    public String getHouseholdLabel() {
        return household == null ? "" : household.label();
    }

    public boolean isReviewable() {
        return status.schoolMayMoveTo(GrantStatus.IN_REVIEW);
    }

    public boolean isDecidable() {
        return status.schoolMayMoveTo(GrantStatus.GRANTED);
    }
}

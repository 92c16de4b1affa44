package org.scolarite.grant.entity;

import java.math.BigDecimal;

/** The checked answers of a grant application ({@link GrantForm#checked}); null where a draft left them blank. */
public record GrantAnswers(Household household, String firstGuardian, String secondGuardian,
                           BigDecimal referenceIncome, Integer childrenInCharge, boolean certified) {
}

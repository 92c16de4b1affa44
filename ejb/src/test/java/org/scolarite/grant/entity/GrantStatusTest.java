package org.scolarite.grant.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class GrantStatusTest {

    @ParameterizedTest
    @EnumSource(GrantStatus.class)
    @DisplayName("R-BOURSE-2: the family's only move is DRAFT → SUBMITTED")
    void family_moves(GrantStatus from) {
        for (GrantStatus to : GrantStatus.values()) {
            assertThat(from.familyMayMoveTo(to)).as(from + " → " + to)
                    .isEqualTo(from == GrantStatus.DRAFT && to == GrantStatus.SUBMITTED);
        }
    }

    @ParameterizedTest
    @EnumSource(GrantStatus.class)
    @DisplayName("R-BOURSE-2: the school moves SUBMITTED → IN_REVIEW → GRANTED / REFUSED, nothing else, nothing back")
    void school_moves(GrantStatus from) {
        Set<GrantStatus> allowed = switch (from) {
            case SUBMITTED -> EnumSet.of(GrantStatus.IN_REVIEW);
            case IN_REVIEW -> EnumSet.of(GrantStatus.GRANTED, GrantStatus.REFUSED);
            default -> EnumSet.noneOf(GrantStatus.class);
        };
        for (GrantStatus to : GrantStatus.values()) {
            assertThat(from.schoolMayMoveTo(to)).as(from + " → " + to).isEqualTo(allowed.contains(to));
        }
    }

    @ParameterizedTest
    @EnumSource(GrantStatus.class)
    @DisplayName("R-BOURSE-2: the family sees « déposée, en instruction, accordée, refusée »")
    void labels(GrantStatus status) {
        assertThat(status.label()).isNotBlank();
        assertThat(GrantStatus.SUBMITTED.label()).isEqualTo("Déposée");
        assertThat(GrantStatus.IN_REVIEW.label()).isEqualTo("En instruction");
        assertThat(GrantStatus.GRANTED.label()).isEqualTo("Accordée");
        assertThat(GrantStatus.REFUSED.label()).isEqualTo("Refusée");
    }
}

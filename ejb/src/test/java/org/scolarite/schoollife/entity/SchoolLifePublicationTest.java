package org.scolarite.schoollife.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SchoolLifePublicationTest {

    @ParameterizedTest
    @EnumSource(value = SchoolLifeKind.class, names = {"ABSENCE", "LATENESS", "PUNISHMENT"})
    @DisplayName("R-VS-1: absences, lateness, punishments shown only when « publiable en ligne » (on / off / absent); "
            + "« famille avisée » does not stand for it")
    void publishableKinds(SchoolLifeKind kind) {
        assertThat(SchoolLifePublication.shown(kind, true, null)).isTrue();
        assertThat(SchoolLifePublication.shown(kind, false, null)).isFalse();
        assertThat(SchoolLifePublication.shown(kind, null, null)).isFalse();
        assertThat(SchoolLifePublication.shown(kind, false, true)).isFalse();
    }

    @Test
    @DisplayName("R-VS-1: a sanction is shown only when the family was notified (« famille avisée »), whatever "
            + "« publiable »")
    void sanctions() {
        assertThat(SchoolLifePublication.shown(SchoolLifeKind.SANCTION, null, true)).isTrue();
        assertThat(SchoolLifePublication.shown(SchoolLifeKind.SANCTION, true, false)).isFalse();
        assertThat(SchoolLifePublication.shown(SchoolLifeKind.SANCTION, true, null)).isFalse();
    }

    @Test
    @DisplayName("R-VS-1: prevention and support measures have no flag: always shown")
    void measures() {
        assertThat(SchoolLifePublication.shown(SchoolLifeKind.MEASURE, null, null)).isTrue();
        assertThat(SchoolLifePublication.shown(SchoolLifeKind.MEASURE, false, false)).isTrue();
    }
}

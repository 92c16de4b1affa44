package org.scolarite.grant.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.scolarite.catalog.entity.NationalService;

class GrantApplicationTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 10, 5, 18, 30);

    private static GrantAnswers answers(String income) {
        return new GrantForm("ONE_GUARDIAN", "Claire Durand", null, income, "2", true).checked(true);
    }

    private static GrantApplication draft() {
        GrantApplication application = new GrantApplication(1, 2, 2026, NationalService.COLLEGE_GRANT,
                "claire.durand", NOW);
        application.saveDraft(new GrantForm(null, "Claire Durand", null, "12000", null, false).checked(false),
                "claire.durand", NOW);
        return application;
    }

    @Test
    @DisplayName("R-BOURSE-2: a draft is saved as often as the family likes, then submitted")
    void draft_then_submitted() {
        GrantApplication application = draft();
        application.saveDraft(new GrantForm("ONE_GUARDIAN", "Claire Durand", null, "12500", "2", false)
                .checked(false), "claire.durand", NOW.plusDays(1));
        assertThat(application.isEditable()).isTrue();
        assertThat(application.submit(answers("12500"), "claire.durand", NOW.plusDays(2))).isTrue();
        assertThat(application.getStatus()).isEqualTo(GrantStatus.SUBMITTED);
        assertThat(application.getSubmittedAt()).isEqualTo(NOW.plusDays(2));
        assertThat(application.isEditable()).isFalse();
    }

    @Test
    @DisplayName("R-BOURSE-2: a submitted application is no longer editable: neither a draft save nor other answers")
    void submitted_is_frozen() {
        GrantApplication application = draft();
        application.submit(answers("12500"), "claire.durand", NOW);
        assertThatThrownBy(() -> application.saveDraft(answers("1"), "claire.durand", NOW))
                .isInstanceOf(GrantRejected.class).hasMessageContaining("ne peut plus être modifiée");
        assertThatThrownBy(() -> application.submit(answers("1"), "claire.durand", NOW))
                .isInstanceOf(GrantRejected.class);
        assertThat(application.answers()).isEqualTo(answers("12500"));
    }

    @Test
    @DisplayName("R-BOURSE-2, double submission: the same submission repeated changes nothing")
    void repeated_submission() {
        GrantApplication application = draft();
        assertThat(application.submit(answers("12500"), "claire.durand", NOW)).isTrue();
        assertThat(application.submit(answers("12500"), "claire.durand", NOW.plusMinutes(1))).isFalse();
        assertThat(application.getSubmittedAt()).isEqualTo(NOW);
    }

    @Test
    @DisplayName("R-BOURSE-2: the school reviews then decides; a decision is final and dated")
    void school_decides() {
        GrantApplication application = draft();
        assertThatThrownBy(() -> application.moveBySchool(GrantStatus.IN_REVIEW, "principal.college", NOW))
                .as("a draft is not the school's").isInstanceOf(GrantRejected.class);
        application.submit(answers("12500"), "claire.durand", NOW);
        assertThatThrownBy(() -> application.moveBySchool(GrantStatus.GRANTED, "principal.college", NOW))
                .as("not without review").isInstanceOf(GrantRejected.class);
        assertThat(application.moveBySchool(GrantStatus.IN_REVIEW, "principal.college", NOW)).isFalse();
        assertThat(application.moveBySchool(GrantStatus.GRANTED, "principal.college", NOW.plusDays(3))).isTrue();
        assertThat(application.getDecidedAt()).isEqualTo(NOW.plusDays(3));
        for (GrantStatus back : GrantStatus.values()) {
            assertThatThrownBy(() -> application.moveBySchool(back, "principal.college", NOW))
                    .as("nothing back from GRANTED to " + back).isInstanceOf(GrantRejected.class);
        }
        assertThat(application.getStatus()).isEqualTo(GrantStatus.GRANTED);
    }

    @Test
    @DisplayName("R-BOURSE-2: only the two grant services")
    void grant_services_only() {
        assertThatThrownBy(() -> new GrantApplication(1, 2, 2026, NationalService.PAYMENT, "x", NOW))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

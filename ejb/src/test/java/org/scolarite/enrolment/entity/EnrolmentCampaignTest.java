package org.scolarite.enrolment.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class EnrolmentCampaignTest {

    private static final LocalDate DEADLINE = LocalDate.of(2027, 6, 30);

    @Test
    @DisplayName("R-INSC-1: the deadline day is still open")
    void deadline_day_open() {
        EnrolmentCampaign campaign = new EnrolmentCampaign(1L, "Bienvenue", DEADLINE);
        assertThat(campaign.isOpen(DEADLINE.minusDays(1))).isTrue();
        assertThat(campaign.isOpen(DEADLINE)).isTrue();
    }

    @Test
    @DisplayName("R-INSC-1: the day after the deadline is closed")
    void day_after_closed() {
        EnrolmentCampaign campaign = new EnrolmentCampaign(1L, null, DEADLINE);
        assertThat(campaign.isOpen(DEADLINE.plusDays(1))).isFalse();
        assertThat(campaign.isOpen(DEADLINE.plusYears(1))).isFalse();
    }

    @Test
    @DisplayName("R-INSC-1: a campaign needs a deadline; a blank message is none; a long one is refused")
    void campaign_values() {
        assertThatThrownBy(() -> new EnrolmentCampaign(1L, "x", null)).isInstanceOf(EnrolmentRejected.class)
                .extracting(e -> ((EnrolmentRejected) e).field()).isEqualTo("deadline");
        assertThat(new EnrolmentCampaign(1L, "   ", DEADLINE).getMessage()).isNull();
        assertThatThrownBy(() -> new EnrolmentCampaign(1L, "a".repeat(EnrolmentCampaign.MESSAGE_MAX + 1), DEADLINE))
                .isInstanceOf(EnrolmentRejected.class);
    }
}

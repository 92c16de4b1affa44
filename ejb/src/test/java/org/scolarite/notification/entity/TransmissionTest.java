package org.scolarite.notification.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.scolarite.account.entity.NotificationMode;

class TransmissionTest {

    @Test
    @DisplayName("R-MASS-1: « courriel et papier » writes to those with an address and prints a letter for the others")
    void emailAndPaper() {
        assertThat(Transmission.EMAIL_AND_PAPER.channelFor("claire@example.org")).contains(NotificationMode.EMAIL);
        assertThat(Transmission.EMAIL_AND_PAPER.channelFor(null)).contains(NotificationMode.LETTER);
        assertThat(Transmission.EMAIL_AND_PAPER.channelFor("  ")).contains(NotificationMode.LETTER);
    }

    @Test
    @DisplayName("R-MASS-1: « courriel uniquement » leaves out whoever has no address")
    void emailOnly() {
        assertThat(Transmission.EMAIL_ONLY.channelFor("claire@example.org")).contains(NotificationMode.EMAIL);
        assertThat(Transmission.EMAIL_ONLY.channelFor(null)).isEmpty();
        assertThat(Transmission.EMAIL_ONLY.channelFor("")).isEmpty();
    }

    @Test
    @DisplayName("R-MASS-1: « papier uniquement » prints a letter even for a guardian with an address")
    void paperOnly() {
        assertThat(Transmission.PAPER_ONLY.channelFor("claire@example.org")).contains(NotificationMode.LETTER);
        assertThat(Transmission.PAPER_ONLY.channelFor(null)).contains(NotificationMode.LETTER);
    }
}

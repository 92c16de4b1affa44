package org.scolarite.account.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SimulationTicketTest {

    private static final String TOKEN = "q3Jz0w1bX9l4mVd7yC2fK8aPtR5uH6eN0sLgWiYoTcE";

    private final Clock issuedAt = Clock.fixed(Instant.parse("2026-10-05T08:00:00Z"), ZoneId.of("Europe/Paris"));

    private final SimulationTicket ticket =
            SimulationTicket.issue(TOKEN, 7L, "principal.college", 3L, LocalDateTime.now(issuedAt));

    private LocalDateTime after(Duration elapsed) {
        return LocalDateTime.now(Clock.offset(issuedAt, elapsed));
    }

    @Test
    @DisplayName("R-SIM-1: a ticket is valid 2 minutes: usable just before, not at the expiry instant nor after")
    void two_minute_expiry() {
        assertThat(ticket.getExpiresAt()).isEqualTo(ticket.getCreatedAt().plusMinutes(2));
        assertThat(ticket.isUsableAt(after(Duration.ofSeconds(119)))).isTrue();
        assertThat(ticket.isUsableAt(after(Duration.ofMinutes(2)))).isFalse();
        assertThat(ticket.redeem(after(Duration.ofMinutes(3)))).isFalse();
        assertThat(ticket.getUsedAt()).isNull();
    }

    @Test
    @DisplayName("R-SIM-1: a ticket opens one session only: the second redemption is refused, even within 2 minutes")
    void single_use() {
        assertThat(ticket.redeem(after(Duration.ofSeconds(10)))).isTrue();
        assertThat(ticket.getUsedAt()).isEqualTo(after(Duration.ofSeconds(10)));

        assertThat(ticket.redeem(after(Duration.ofSeconds(20)))).isFalse();
        assertThat(ticket.isUsableAt(after(Duration.ofSeconds(20)))).isFalse();
        assertThat(ticket.getUsedAt()).isEqualTo(after(Duration.ofSeconds(10)));
    }

    @Test
    @DisplayName("R-SIM-1: only the SHA-256 of the token is kept, never the token itself")
    void stored_hashed() {
        assertThat(SimulationTicket.hashOf(TOKEN)).hasSize(64).matches("[0-9a-f]{64}").isNotEqualTo(TOKEN)
                .isEqualTo(SimulationTicket.hashOf(TOKEN));
        // The well-known digest of « abc » (FIPS 180-2): the hash is plain SHA-256 in hexadecimal.
        assertThat(SimulationTicket.hashOf("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }
}

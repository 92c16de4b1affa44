package org.scolarite.signin.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** [P1] « Protection »: the sliding-window lock-out of failed sign-ins, at its boundaries, against a movable clock. */
class ThrottlePolicyTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private Clock clock = Clock.fixed(Instant.parse("2026-11-30T08:00:00Z"), PARIS);
    private final List<LocalDateTime> failures = new ArrayList<>();

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }

    private void fail() {
        failures.add(now());
    }

    private void advance(Duration by) {
        clock = Clock.offset(clock, by);
    }

    @Test
    @DisplayName("Protection: 4 failures per identifier leave it open, the 5th within 15 minutes locks it")
    void fifthFailureLocks() {
        ThrottlePolicy policy = ThrottlePolicy.PER_IDENTIFIER;
        for (int i = 0; i < 4; i++) {
            fail();
            advance(Duration.ofMinutes(1));
        }
        assertThat(policy.lockedUntil(failures, now())).isEmpty();
        LocalDateTime first = failures.get(0);
        fail();
        assertThat(policy.lockedUntil(failures, now())).contains(first.plusMinutes(15));
    }

    @Test
    @DisplayName("Protection: the lock frees itself when the oldest counted failure is 15 minutes old, not a second before")
    void lockFreesItself() {
        ThrottlePolicy policy = ThrottlePolicy.PER_IDENTIFIER;
        LocalDateTime first = now();
        for (int i = 0; i < 5; i++) {
            fail();
        }
        assertThat(policy.lockedUntil(failures, first.plusMinutes(15).minusSeconds(1))).isPresent();
        assertThat(policy.lockedUntil(failures, first.plusMinutes(15))).isEmpty();
    }

    @Test
    @DisplayName("Protection: failures spread over more than 15 minutes never lock (at most 5 in any quarter of an hour)")
    void slowFailuresDoNotLock() {
        ThrottlePolicy policy = ThrottlePolicy.PER_IDENTIFIER;
        for (int i = 0; i < 20; i++) {
            fail();
            advance(Duration.ofMinutes(4));
            assertThat(policy.lockedUntil(failures, now())).as("after failure " + (i + 1)).isEmpty();
        }
    }

    @Test
    @DisplayName("Protection: after a lock expires one more try is allowed, and a 6th failure locks again from the 2nd")
    void slidingWindow() {
        ThrottlePolicy policy = ThrottlePolicy.PER_IDENTIFIER;
        for (int i = 0; i < 5; i++) {
            fail();
            advance(Duration.ofMinutes(2));
        }
        // failures at 0, 2, 4, 6, 8 minutes; at 15 the first one leaves the window
        advance(Duration.ofMinutes(5));
        assertThat(policy.lockedUntil(failures, now())).isEmpty();
        fail();
        assertThat(policy.lockedUntil(failures, now())).contains(failures.get(1).plusMinutes(15));
    }

    @Test
    @DisplayName("Protection: an address is locked only after 100 failures in 15 minutes (a school behind one NAT address)")
    void addressThreshold() {
        ThrottlePolicy policy = ThrottlePolicy.PER_ADDRESS;
        for (int i = 0; i < 99; i++) {
            fail();
            advance(Duration.ofSeconds(5));
        }
        assertThat(policy.lockedUntil(failures, now())).isEmpty();
        fail();
        assertThat(policy.lockedUntil(failures, now())).contains(failures.get(0).plusMinutes(15));
    }

    @Test
    @DisplayName("Protection: failures in the future of the clock (another server's clock) and old ones are not counted")
    void onlyTheWindowCounts() {
        ThrottlePolicy policy = new ThrottlePolicy(2, Duration.ofMinutes(15));
        LocalDateTime now = now();
        assertThat(policy.lockedUntil(List.of(now.minusMinutes(15), now.minusMinutes(20)), now)).isEmpty();
        assertThat(policy.lockedUntil(List.of(now.plusSeconds(1), now.plusSeconds(2)), now)).isEmpty();
        assertThat(policy.lockedUntil(List.of(now.minusMinutes(14), now), now)).contains(now.plusMinutes(1));
    }

    @Test
    @DisplayName("a policy needs a positive limit and window")
    void validPolicy() {
        assertThatThrownBy(() -> new ThrottlePolicy(0, Duration.ofMinutes(1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ThrottlePolicy(1, Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("Protection: identifiers count as typed, case and surrounding spaces forgiven; only a digest is kept")
    void identifierDigest() {
        String digest = LoginFailure.digest(FailureScope.IDENTIFIER, "lea.durand");
        assertThat(LoginFailure.digest(FailureScope.IDENTIFIER, "  Lea.Durand ")).isEqualTo(digest);
        assertThat(LoginFailure.digest(FailureScope.IDENTIFIER, "lea.durand1")).isNotEqualTo(digest);
        assertThat(digest).hasSize(43).doesNotContain("lea");
        assertThat(LoginFailure.digest(FailureScope.ADDRESS, "lea.durand")).as("scopes differ only by use")
                .isEqualTo(digest);
        assertThat(new LoginFailure(FailureScope.ADDRESS, null, now()).getKeyDigest())
                .isEqualTo(LoginFailure.digest(FailureScope.ADDRESS, ""));
    }
}

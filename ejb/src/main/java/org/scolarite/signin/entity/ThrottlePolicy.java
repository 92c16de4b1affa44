package org.scolarite.signin.entity;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A sliding-window limit on failed credential checks: at most {@code maxFailures} failures in any {@code window}. When
 * the limit is reached the key is locked until the oldest of the counted failures is older than the window — the lock
 * frees itself. See the package documentation for the figures' reasons.
 */
public record ThrottlePolicy(int maxFailures, Duration window) {

    public static final int WINDOW_MINUTES = 15;
    public static final int IDENTIFIER_FAILURES = 5;
    public static final int ADDRESS_FAILURES = 100;

    /** Per typed identifier: 5 failures in 15 minutes. */
    public static final ThrottlePolicy PER_IDENTIFIER =
            new ThrottlePolicy(IDENTIFIER_FAILURES, Duration.ofMinutes(WINDOW_MINUTES));
    /** Per client address: 100 failures in 15 minutes (a school's NAT address serves hundreds of families). */
    public static final ThrottlePolicy PER_ADDRESS =
            new ThrottlePolicy(ADDRESS_FAILURES, Duration.ofMinutes(WINDOW_MINUTES));
    /** Failures older than this are useless to every policy and purged. */
    public static final Duration RETENTION = Duration.ofDays(1);

    public ThrottlePolicy {
        if (maxFailures < 1) {
            throw new IllegalArgumentException("maxFailures must be positive");
        }
        Objects.requireNonNull(window, "window");
        if (window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("window must be positive");
        }
    }

    /** The earliest failure that can still count at {@code now}: anything at or before it is out of the window. */
    public LocalDateTime windowStart(LocalDateTime now) {
        return now.minus(window);
    }

    /**
     * Until when the key is locked at {@code now}, given its recent failures (any order, older ones ignored); empty when
     * it may try again. Needs at most the {@code maxFailures} most recent failures.
     */
    public Optional<LocalDateTime> lockedUntil(List<LocalDateTime> failures, LocalDateTime now) {
        LocalDateTime start = windowStart(now);
        List<LocalDateTime> counted = failures.stream()
                .filter(at -> at.isAfter(start) && !at.isAfter(now))
                .sorted(Comparator.reverseOrder())
                .limit(maxFailures)
                .toList();
        if (counted.size() < maxFailures) {
            return Optional.empty();
        }
        // The oldest of the last maxFailures failures: once it leaves the window, one more try is allowed.
        return Optional.of(counted.get(maxFailures - 1).plus(window));
    }
}

package org.scolarite.notification.entity;

import java.time.Duration;

/**
 * The outbox's back-off (R-MAIL-1): after the n-th failed attempt the next one waits {@code first × 2^(n-1)},
 * capped; after {@code maxAttempts} failures the message is FAILED and waits for an admin's « Renvoyer ».
 * With the defaults: 1, 2, 4, 8, 16, 32 min, then 1 h, … for 10 attempts (about 4 h in all).
 */
public record RetryPolicy(Duration first, Duration cap, int maxAttempts, Duration lease) {

    public static final RetryPolicy DEFAULT =
            new RetryPolicy(Duration.ofMinutes(1), Duration.ofHours(1), 10, Duration.ofMinutes(5));

    public RetryPolicy {
        if (first.isNegative() || first.isZero() || cap.compareTo(first) < 0 || maxAttempts < 1
                || lease.isNegative() || lease.isZero()) {
            throw new IllegalArgumentException("invalid retry policy");
        }
    }

    /** The wait after the given number of failed attempts (1 for the first failure). */
    public Duration delayAfter(int failedAttempts) {
        if (failedAttempts < 1) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failedAttempts - 1, 30);
        Duration delay = first.multipliedBy(1L << doublings);
        return delay.compareTo(cap) > 0 ? cap : delay;
    }

    public boolean exhausted(int failedAttempts) {
        return failedAttempts >= maxAttempts;
    }
}

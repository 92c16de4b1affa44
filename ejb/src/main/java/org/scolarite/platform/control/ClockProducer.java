package org.scolarite.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The application's one source of time. Rules take "today" from this clock, so that tests can move it across
 * days, three months and a year (DESIGN « Model »). French schools live in Europe/Paris whatever the server's zone.
 * <p>
 * The clock can be shifted forward, for the system tests only ({@code TestClock}, enabled by
 * {@code TELESERVICES_TEST_HOOKS=true}, which only {@code bin/test} sets): a browser test checks that a setting saved
 * today reaches families tomorrow. The shift lives here because services keep the clock they were injected with.
 */
@ApplicationScoped
public class ClockProducer {

    public static final ZoneId SCHOOL_ZONE = ZoneId.of("Europe/Paris");

    private final AtomicReference<Duration> shift = new AtomicReference<>(Duration.ZERO);

    private final Clock clock = new ShiftedClock(shift);

    @Produces
    public Clock clock() {
        return clock;
    }

    public void shift(Duration by) {
        shift.set(by);
    }

    public Duration shift() {
        return shift.get();
    }

    /** The system clock plus the current shift, read at each call. */
    private static final class ShiftedClock extends Clock {

        private final AtomicReference<Duration> shift;

        private ShiftedClock(AtomicReference<Duration> shift) {
            this.shift = shift;
        }

        @Override
        public ZoneId getZone() {
            return SCHOOL_ZONE;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return Clock.offset(Clock.system(zone), shift.get());
        }

        @Override
        public Instant instant() {
            return Instant.now().plus(shift.get());
        }
    }
}

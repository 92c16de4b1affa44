package org.scolarite.platform.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.scolarite.platform.control.ClockProducer;

/**
 * Moves the application's clock forward for the system tests (« a useful link is visible only the next day »).
 * Refuses unless {@code TELESERVICES_TEST_HOOKS=true}, which only {@code bin/test} sets: production never has it.
 */
@ApplicationScoped
public class TestClock {

    @Inject
    @ConfigProperty(name = "teleservices.test-hooks", defaultValue = "false")
    private boolean enabled;

    @Inject
    private ClockProducer clocks;

    public boolean enabled() {
        return enabled;
    }

    /** Sets the shift to {@code days} days from the real date (0 puts the clock back). */
    public void shiftDays(int days) {
        if (!enabled) {
            throw new IllegalStateException("Test hooks are disabled");
        }
        clocks.shift(Duration.ofDays(days));
    }
}

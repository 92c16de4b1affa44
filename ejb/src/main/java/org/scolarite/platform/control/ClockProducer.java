package org.scolarite.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.ZoneId;

/**
 * The application's one source of time. Rules take "today" from this clock, so that tests can move it across
 * days, three months and a year (DESIGN « Model »). French schools live in Europe/Paris whatever the server's zone.
 */
@ApplicationScoped
public class ClockProducer {

    public static final ZoneId SCHOOL_ZONE = ZoneId.of("Europe/Paris");

    @Produces
    public Clock clock() {
        return Clock.system(SCHOOL_ZONE);
    }
}

package org.scolarite.platform.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import org.scolarite.platform.control.DataChanges;

/**
 * Where the data families see stands: the count of writes this server made to it and the day (settings and
 * openings take effect at midnight, R-SET-2). Two equal generations mean that a view computed at the first is
 * still right at the second, on this server. Not an EJB: reading it costs nothing.
 */
@ApplicationScoped
public class DataGeneration {

    @Inject
    private Clock clock;

    public Generation current() {
        return new Generation(DataChanges.count(), LocalDate.now(clock));
    }

    /** A moment of the data: the writes counted so far and the day. */
    public record Generation(long changes, LocalDate day) {
    }
}

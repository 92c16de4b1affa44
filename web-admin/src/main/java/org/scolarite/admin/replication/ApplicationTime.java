package org.scolarite.admin.replication;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDateTime;

/**
 * The application's clock for the view-scoped pages, through a serializable proxy: the clock itself is not
 * serializable, and a view-scoped bean must be. The duration of a running run is counted from it.
 */
@ApplicationScoped
class ApplicationTime {

    @Inject
    private Clock clock;

    LocalDateTime now() {
        return LocalDateTime.now(clock);
    }
}

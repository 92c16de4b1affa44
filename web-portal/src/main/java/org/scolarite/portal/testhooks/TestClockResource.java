package org.scolarite.portal.testhooks;

import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import org.scolarite.platform.boundary.TestClock;

/**
 * {@code POST /api/test/clock?days=1}: moves the application clock for the system tests. Answers 404, as if it did
 * not exist, unless the server was started with {@code TELESERVICES_TEST_HOOKS=true} (bin/test only).
 */
@Path("test/clock")
public class TestClockResource {

    @Inject
    private TestClock clock;

    @POST
    public void shift(@QueryParam("days") int days) {
        if (!clock.enabled()) {
            throw new NotFoundException();
        }
        clock.shiftDays(days);
    }
}

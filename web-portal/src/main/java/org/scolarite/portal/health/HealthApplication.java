package org.scolarite.portal.health;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** JAX-RS root of the portal: operational endpoints under /api. */
@ApplicationPath("api")
public class HealthApplication extends Application {
}

package org.scolarite.portal.health;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.scolarite.platform.boundary.HealthProbe;

/**
 * Liveness and readiness for operators and load balancers. Liveness says the application answers; readiness also
 * checks the database (503 with the reason when it cannot be reached), so a load balancer drains a broken node.
 * Plain JAX-RS so that the same endpoints work on Payara Server and on the Payara Micro portal nodes.
 */
@Path("health")
@Produces(MediaType.APPLICATION_JSON)
public class HealthResource {

    @Inject
    private HealthProbe probe;

    @GET
    @Path("live")
    public JsonObject live() {
        return Json.createObjectBuilder().add("status", "UP").build();
    }

    @GET
    @Path("ready")
    public Response ready() {
        HealthProbe.Check database = probe.database();
        JsonObject body = Json.createObjectBuilder()
                .add("status", database.up() ? "UP" : "DOWN")
                .add("checks", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("name", database.name())
                        .add("status", database.up() ? "UP" : "DOWN")
                        .add("detail", database.detail() == null ? "" : database.detail())))
                .build();
        return Response.status(database.up() ? Response.Status.OK : Response.Status.SERVICE_UNAVAILABLE)
                .entity(body).build();
    }
}

package org.scolarite.admin.api;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.net.URI;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.scolarite.batch.replication.Failures;
import org.scolarite.batch.replication.RunNotRestartable;
import org.scolarite.replication.boundary.ExportRefused;
import org.scolarite.replication.boundary.ReplicationAlreadyRunning;
import org.scolarite.staff.boundary.AccessDeniedException;

/**
 * The refusals of the boundary services as HTTP answers with their French reason: 403 outside the caller's rights,
 * 422 for an export refused at the drop zone, 409 when a run is already running or cannot be restarted. Exceptions
 * may come wrapped by the EJB container: the chain is searched.
 */
@Provider
public class ApiFailures implements ExceptionMapper<RuntimeException> {

    private static final Logger LOG = Logger.getLogger(ApiFailures.class.getName());

    @Override
    public Response toResponse(RuntimeException e) {
        if (e instanceof WebApplicationException web) {
            return web.getResponse();
        }
        ReplicationAlreadyRunning running = Failures.find(e, ReplicationAlreadyRunning.class);
        if (running != null) {
            return Response.fromResponse(error(Response.Status.CONFLICT, running.getMessage()))
                    .location(URI.create("runs/" + running.runningRunId())).build();
        }
        AccessDeniedException denied = Failures.find(e, AccessDeniedException.class);
        if (denied != null) {
            return error(Response.Status.FORBIDDEN, denied.getMessage());
        }
        ExportRefused refused = Failures.find(e, ExportRefused.class);
        if (refused != null) {
            return error(422, refused.getMessage());
        }
        RunNotRestartable notRestartable = Failures.find(e, RunNotRestartable.class);
        if (notRestartable != null) {
            return error(Response.Status.CONFLICT, notRestartable.getMessage());
        }
        LOG.log(Level.SEVERE, "Erreur de l'API", e);
        return error(Response.Status.INTERNAL_SERVER_ERROR, "Erreur technique : consultez le journal du serveur.");
    }

    static Response error(Response.Status status, String message) {
        return error(status.getStatusCode(), message);
    }

    static Response error(int status, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .entity(new ApiError(status, message)).build();
    }
}

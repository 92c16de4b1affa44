package org.scolarite.portal.payment;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.scolarite.payment.boundary.GatewayAnswer;
import org.scolarite.payment.boundary.InvoicePayments;

/**
 * {@code POST /api/payfip/notification}: the gateway's server-to-server notification (form parameters, signed). No
 * login: the HMAC is the credential. 200 « OK » once the answer is applied or was already (the gateway stops
 * retrying); 400 for anything forged, tampered or unknown, which changes nothing and is logged.
 */
@Path("payfip/notification")
public class PaymentNotificationResource {

    @Inject
    private InvoicePayments payments;

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_PLAIN)
    public Response notify(MultivaluedMap<String, String> form) {
        GatewayAnswer answer = payments.answer(GatewayParameters.of(form), "notification");
        return answer.accepted() ? Response.ok("OK").build()
                : Response.status(Response.Status.BAD_REQUEST).entity("REFUSE").build();
    }
}

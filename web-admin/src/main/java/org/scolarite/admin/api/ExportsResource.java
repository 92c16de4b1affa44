package org.scolarite.admin.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.scolarite.replication.boundary.DepositedFile;
import org.scolarite.replication.boundary.ReplicationInbox;

/** R-REPL-2: the drop zone of an establishment's exports, for the administration system's export scripts. */
@Path("establishments/{uai}/exports")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Exports", description = "Dépôt des exports SIECLE/STS-web d'un établissement")
public class ExportsResource {

    @Inject
    private ReplicationInbox inbox;

    @Inject
    private CallerEstablishments establishments;

    @Context
    private SecurityContext security;

    @Context
    private UriInfo uri;

    @PUT
    @Path("{fileName}")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Déposer un export",
            description = "Un export XML (ElevesSansAdresses, ResponsablesAvecAdresses, Nomenclature, sts_emp…) ou un "
                    + "zip de ces exports, pour la prochaine réplication de l'établissement. Un fichier de même nom en "
                    + "attente est remplacé.")
    @RequestBody(content = {@Content(mediaType = "application/xml"), @Content(mediaType = "application/zip")})
    @APIResponse(responseCode = "201", description = "Déposé : les exports reconnus",
            content = @Content(schema = @Schema(implementation = DepositedFile.class)))
    @APIResponse(responseCode = "401", description = "Identifiants absents ou incorrects")
    @APIResponse(responseCode = "403", description = "Établissement hors des droits de l'utilisateur")
    @APIResponse(responseCode = "422", description = "Export refusé (motif en français)",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public Response deposit(@Parameter(description = "UAI de l'établissement") @PathParam("uai") String uai,
                            @Parameter(description = "Nom du fichier") @PathParam("fileName") String fileName,
                            InputStream content) {
        String actor = security.getUserPrincipal().getName();
        long establishment = establishments.byUai(actor, uai).id();
        List<DepositedFile> deposited = inbox.deposit(actor, establishment, fileName, content);
        return Response.created(uri.getBaseUriBuilder().path(ExportsResource.class).build(uai))
                .entity(deposited).build();
    }

    @GET
    @Operation(summary = "Exports en attente", description = "Les exports déposés qui attendent la prochaine réplication.")
    @APIResponse(responseCode = "200", description = "Les exports en attente",
            content = @Content(schema = @Schema(implementation = DepositedFile.class)))
    @APIResponse(responseCode = "403", description = "Établissement hors des droits de l'utilisateur")
    public List<DepositedFile> pending(@PathParam("uai") String uai) {
        String actor = security.getUserPrincipal().getName();
        return inbox.pending(actor, establishments.byUai(actor, uai).id());
    }
}

package org.scolarite.admin.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.scolarite.batch.replication.ReplicationLauncher;
import org.scolarite.replication.boundary.ReplicationRuns;
import org.scolarite.replication.boundary.RunDetail;
import org.scolarite.replication.boundary.RunSummary;
import org.scolarite.replication.entity.RunTrigger;
import org.scolarite.staff.boundary.EstablishmentChoice;
import org.scolarite.staff.entity.StaffRole;

/** R-REPL-1, R-REPL-2: start a replication run, follow it, read its rejections, restart it after a failure. */
@Path("runs")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Réplications", description = "Lancement et suivi des réplications")
public class RunsResource {

    private static final int MAX = 50;

    @Inject
    private ReplicationLauncher launcher;

    @Inject
    private ReplicationRuns runs;

    @Inject
    private CallerEstablishments establishments;

    @Context
    private SecurityContext security;

    @Context
    private UriInfo uri;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Lancer une réplication",
            description = "{\"uai\": \"…\"} : l'établissement (son chef, un délégué ou l'académie) ; {} : tous les "
                    + "établissements de l'académie qui ont des exports en attente (administrateur académique).")
    @APIResponse(responseCode = "202", description = "Lancée : suivre l'adresse de Location",
            content = @Content(schema = @Schema(implementation = RunStarted.class)))
    @APIResponse(responseCode = "403", description = "Hors des droits de l'utilisateur")
    @APIResponse(responseCode = "409", description = "Une réplication de cet établissement est déjà en cours",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public Response start(RunRequest request) {
        String actor = actor();
        String uai = request == null ? null : request.uai();
        long run = uai == null || uai.isBlank()
                ? launcher.startAcademy(actor, RunTrigger.API)
                : launcher.startEstablishment(actor, establishments.byUai(actor, uai).id(), RunTrigger.API);
        return accepted(run);
    }

    @GET
    @Operation(summary = "Les dernières réplications",
            description = "Celles de l'académie pour un administrateur académique, sinon celles des établissements de "
                    + "l'utilisateur ; ?uai= pour un seul établissement. Les plus récentes d'abord.")
    @APIResponse(responseCode = "200", description = "Les réplications",
            content = @Content(schema = @Schema(implementation = RunSummary.class)))
    public List<RunSummary> recent(@Parameter(description = "UAI d'un établissement") @QueryParam("uai") String uai,
                                   @QueryParam("max") @DefaultValue("20") int max) {
        String actor = actor();
        int limit = Math.max(1, Math.min(max, MAX));
        if (uai != null && !uai.isBlank()) {
            return runs.recent(actor, establishments.byUai(actor, uai).id(), limit);
        }
        if (security.isUserInRole(StaffRole.ACADEMY.name())) {
            return runs.recent(actor, null, limit);
        }
        Map<Long, RunSummary> mine = new LinkedHashMap<>();
        for (EstablishmentChoice school : establishments.all(actor)) {
            if (school.allows(StaffRole.HEAD, StaffRole.DELEGATE)) {
                runs.recent(actor, school.id(), limit).forEach(run -> mine.putIfAbsent(run.id(), run));
            }
        }
        return mine.values().stream().sorted(Comparator.comparingLong(RunSummary::id).reversed()).limit(limit)
                .toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Une réplication",
            description = "Statut, progression et comptes par établissement et par flux (lus, créés, modifiés, "
                    + "inchangés, sortis, rejetés).")
    @APIResponse(responseCode = "200", description = "La réplication",
            content = @Content(schema = @Schema(implementation = RunDetail.class)))
    @APIResponse(responseCode = "403", description = "Hors des droits de l'utilisateur")
    public RunDetail detail(@PathParam("id") long id) {
        return runs.detail(actor(), id);
    }

    @GET
    @Path("{id}/rejections")
    @Produces("text/csv")
    @Operation(summary = "Rapport des rejets (CSV)",
            description = "Pour Excel : UTF-8 avec BOM, séparateur « ; » — établissement, flux, fichier, ligne, colonne, "
                    + "élément, motif, enregistrement conservé.")
    @APIResponse(responseCode = "200", description = "Le rapport", content = @Content(mediaType = "text/csv"))
    @APIResponse(responseCode = "403", description = "Hors des droits de l'utilisateur")
    public Response rejections(@PathParam("id") long id) {
        String actor = actor();
        // Checked before streaming: a refusal must be a 403, not a broken download.
        runs.detail(actor, id);
        StreamingOutput csv = out -> runs.writeRejectionsCsv(actor, id, out);
        return Response.ok(csv, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"rejets-replication-" + id + ".csv\"").build();
    }

    @POST
    @Path("{id}/restart")
    @Operation(summary = "Reprendre une réplication en échec",
            description = "Les établissements terminés ne sont pas repris ; les autres reprennent après leur dernier "
                    + "lot enregistré.")
    @APIResponse(responseCode = "202", description = "Reprise : suivre l'adresse de Location",
            content = @Content(schema = @Schema(implementation = RunStarted.class)))
    @APIResponse(responseCode = "403", description = "Hors des droits de l'utilisateur")
    @APIResponse(responseCode = "409", description = "La réplication n'est pas en échec",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public Response restart(@PathParam("id") long id) {
        launcher.restart(actor(), id);
        return accepted(id);
    }

    private Response accepted(long run) {
        URI location = uri.getBaseUriBuilder().path(RunsResource.class).path(Long.toString(run)).build();
        return Response.accepted(new RunStarted(run, location.toString())).location(location).build();
    }

    private String actor() {
        return security.getUserPrincipal().getName();
    }
}

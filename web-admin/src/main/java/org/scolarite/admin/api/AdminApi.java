package org.scolarite.admin.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * The console's API, under {@code /admin/api}: what the administration system's export scripts and the académie's
 * tools call. HTTP Basic with the console's staff credentials on every request (no session, so no CSRF); the same
 * authorisations as the console, enforced by the boundary services. Described at {@code /openapi}.
 */
@ApplicationPath("api")
@OpenAPIDefinition(info = @Info(title = "Administration Téléservices — API", version = "1",
        description = "Dépôt des exports SIECLE/STS-web, lancement et suivi des réplications (R-REPL-1, R-REPL-2)."),
        security = @SecurityRequirement(name = "basic"))
@SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic",
        description = "Identifiant et mot de passe de l'Administration Téléservices.")
public class AdminApi extends Application {
}

package org.scolarite.admin.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import java.util.Optional;
import java.util.stream.Collectors;
import org.scolarite.staff.boundary.StaffDirectory;
import org.scolarite.staff.boundary.StaffIdentity;

/**
 * Credentials checked against the staff directory only, for the form login and the API alike. Not an IdentityStore:
 * Payara's identity-store handler is shared by the EAR's two WARs and, after a restart, keeps the stores of whichever
 * WAR used it first — families could then have authenticated on the console. Each face validates credentials itself.
 */
@ApplicationScoped
public class StaffCredentials {

    @Inject
    private StaffDirectory directory;

    Optional<StaffIdentity> check(String username, char[] password) {
        return directory.authenticate(username, password);
    }

    AuthenticationStatus login(HttpMessageContext context, StaffIdentity identity) {
        return context.notifyContainerAboutLogin(identity.username(),
                identity.roles().stream().map(Enum::name).collect(Collectors.toSet()));
    }
}

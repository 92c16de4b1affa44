package org.scolarite.admin.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.stream.Collectors;
import org.scolarite.staff.boundary.StaffDirectory;

/** Validates console logins against the staff directory; the caller's groups are his roles (R-ROLE-1). */
@ApplicationScoped
public class StaffIdentityStore implements IdentityStore {

    @Inject
    private StaffDirectory directory;

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        return directory.authenticate(credential.getCaller(), credential.getPassword().getValue())
                .map(identity -> new CredentialValidationResult(identity.username(),
                        identity.roles().stream().map(Enum::name).collect(Collectors.toSet())))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }
}

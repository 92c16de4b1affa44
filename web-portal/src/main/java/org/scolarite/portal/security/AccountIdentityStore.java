package org.scolarite.portal.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Set;
import org.scolarite.account.boundary.AccountService;
import org.scolarite.structure.boundary.AcademyDirectory;

/** Validates portal logins against the accounts; the caller's group is the account kind (STUDENT or GUARDIAN). */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    @Inject
    private AccountService accounts;

    @Inject
    private AcademyDirectory academies;

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        return accounts.authenticate(academies.portalAcademyCode(), credential.getCaller(),
                        credential.getPassword().getValue())
                .map(account -> new CredentialValidationResult(account.username(), Set.of(account.kind().name())))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }
}

package org.scolarite.portal.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AutoApplySession;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Set;
import org.scolarite.account.boundary.AccountService;
import org.scolarite.structure.boundary.AcademyDirectory;

/**
 * The families' form login, checked against the accounts of the portal's académie only; the caller's group is the
 * account kind. Not an IdentityStore, for the reason given on the console's mechanism: Payara's identity-store
 * handler is shared by the EAR's WARs, so each face validates credentials itself.
 */
@ApplicationScoped
@AutoApplySession
@LoginToContinue(loginPage = "/login.xhtml", errorPage = "", useForwardToLogin = false)
@DeclareRoles({"STUDENT", "GUARDIAN"})
public class PortalAuthentication implements HttpAuthenticationMechanism {

    @Inject
    private AccountService accounts;

    @Inject
    private AcademyDirectory academies;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        if (!(context.getAuthParameters().getCredential() instanceof UsernamePasswordCredential credential)) {
            return context.doNothing();
        }
        return accounts.authenticate(academies.portalAcademyCode(), credential.getCaller(),
                        credential.getPassword().getValue())
                .map(account -> context.notifyContainerAboutLogin(account.username(), Set.of(account.kind().name())))
                .orElseGet(() -> context.notifyContainerAboutLogin(CredentialValidationResult.INVALID_RESULT));
    }
}

package org.scolarite.admin.security;

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
import java.util.stream.Collectors;
import org.scolarite.staff.boundary.StaffDirectory;

/**
 * The console's form login, checked against the staff directory only. Not an IdentityStore: Payara's identity-store
 * handler is shared by the EAR's two WARs and, after a restart, keeps the stores of whichever WAR used it first —
 * families could then have authenticated on the console. Each face validates credentials itself instead.
 */
@ApplicationScoped
@AutoApplySession
@LoginToContinue(loginPage = "/login.xhtml", errorPage = "", useForwardToLogin = false)
@DeclareRoles({"HEAD", "DELEGATE", "ACCOUNTANT", "ACADEMY"})
public class ConsoleAuthentication implements HttpAuthenticationMechanism {

    @Inject
    private StaffDirectory directory;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        if (!(context.getAuthParameters().getCredential() instanceof UsernamePasswordCredential credential)) {
            return context.doNothing();
        }
        return directory.authenticate(credential.getCaller(), credential.getPassword().getValue())
                .map(identity -> context.notifyContainerAboutLogin(identity.username(),
                        identity.roles().stream().map(Enum::name).collect(Collectors.toSet())))
                .orElseGet(() -> context.notifyContainerAboutLogin(CredentialValidationResult.INVALID_RESULT));
    }
}

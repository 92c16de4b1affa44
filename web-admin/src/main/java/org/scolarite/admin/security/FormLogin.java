package org.scolarite.admin.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
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

/**
 * The console pages' form login, kept in the session. Typed to itself only: the application has a single
 * authentication mechanism, {@link ConsoleAuthentication}, which hands it every request outside the API; the
 * session and login-page interceptors apply here and never to the API.
 */
@ApplicationScoped
@Typed(FormLogin.class)
@AutoApplySession
@LoginToContinue(loginPage = "/login.xhtml", errorPage = "", useForwardToLogin = false)
public class FormLogin implements HttpAuthenticationMechanism {

    @Inject
    private StaffCredentials credentials;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        if (!(context.getAuthParameters().getCredential() instanceof UsernamePasswordCredential credential)) {
            return context.doNothing();
        }
        return credentials.check(credential.getCaller(), credential.getPassword().getValue())
                .map(identity -> credentials.login(context, identity))
                .orElseGet(() -> context.notifyContainerAboutLogin(CredentialValidationResult.INVALID_RESULT));
    }
}

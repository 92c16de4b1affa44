package org.scolarite.admin.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The console's one authentication mechanism: the pages use the form login kept in the session ({@link FormLogin});
 * the API ({@code /api/*}) uses HTTP Basic on every request with the same staff credentials ({@link ApiBasicLogin}),
 * never the session cookie — so no cross-site request can ride on a console session — and answers 401 with {@code
 * WWW-Authenticate} instead of redirecting to the login page.
 */
@ApplicationScoped
@DeclareRoles({"HEAD", "DELEGATE", "ACCOUNTANT", "ACADEMY"})
public class ConsoleAuthentication implements HttpAuthenticationMechanism {

    @Inject
    private FormLogin form;

    @Inject
    private ApiBasicLogin api;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) throws AuthenticationException {
        return ApiBasicLogin.isApi(request)
                ? api.validateRequest(request, response, context)
                : form.validateRequest(request, response, context);
    }

    @Override
    public AuthenticationStatus secureResponse(HttpServletRequest request, HttpServletResponse response,
                                               HttpMessageContext context) throws AuthenticationException {
        return ApiBasicLogin.isApi(request)
                ? AuthenticationStatus.SUCCESS
                : form.secureResponse(request, response, context);
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        form.cleanSubject(request, response, context);
    }
}

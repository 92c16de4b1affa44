package org.scolarite.portal.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;

/**
 * The families' authentication: a Faces login page backed by {@link AccountIdentityStore}. Declared in this WAR
 * only, so that console users and families never share an identity store.
 */
@ApplicationScoped
@DeclareRoles({"STUDENT", "GUARDIAN"})
@CustomFormAuthenticationMechanismDefinition(
        loginToContinue = @LoginToContinue(loginPage = "/login.xhtml", errorPage = "", useForwardToLogin = false))
public class PortalSecurity {
}

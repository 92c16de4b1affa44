package org.scolarite.admin.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;

/**
 * The console's authentication: a Faces login page (custom form) backed by {@link StaffIdentityStore}. Declared
 * in the WAR, not in the EJB module, so that the portal's accounts can never log into the console (and back).
 */
@ApplicationScoped
@DeclareRoles({"HEAD", "DELEGATE", "ACCOUNTANT", "ACADEMY"})
@CustomFormAuthenticationMechanismDefinition(
        loginToContinue = @LoginToContinue(loginPage = "/login.xhtml", errorPage = "", useForwardToLogin = false))
public class AdminSecurity {
}

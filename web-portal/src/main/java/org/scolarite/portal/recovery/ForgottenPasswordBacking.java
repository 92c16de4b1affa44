package org.scolarite.portal.recovery;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.scolarite.account.boundary.PasswordRecovery;
import org.scolarite.structure.boundary.AcademyDirectory;

/**
 * « Mot de passe oublié ? » (R-PORTAL-3): the identifier typed is handed to the service, and the page then says one
 * thing whatever happened (a link went out, the account does not exist, has no validated address, or had a link
 * minutes ago): it never tells which.
 */
@Named("forgottenPassword")
@RequestScoped
public class ForgottenPasswordBacking {

    @Inject
    private PasswordRecovery recovery;

    @Inject
    private AcademyDirectory academies;

    private String username;
    private boolean answered;

    public void send() {
        if (username == null || username.isBlank()) {
            PortalMessages.error("forgotten:username", PortalMessages.text("recoveryMsg", "password.username.required"));
            return;
        }
        recovery.sendResetLink(academies.portalAcademyCode(), username);
        answered = true;
    }

    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username; }
    public boolean isAnswered() { return answered; }
}

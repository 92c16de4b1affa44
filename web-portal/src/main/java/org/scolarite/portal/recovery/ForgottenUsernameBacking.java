package org.scolarite.portal.recovery;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.scolarite.account.boundary.PasswordRecovery;
import org.scolarite.structure.boundary.AcademyDirectory;

/**
 * « Identifiant oublié ? » (R-PORTAL-3): the address typed is handed to the service, and the page then says one thing
 * whatever happened (an e-mail went out, or nothing matched): it never tells whether an account uses that address.
 */
@Named("forgottenUsername")
@RequestScoped
public class ForgottenUsernameBacking {

    @Inject
    private PasswordRecovery recovery;

    @Inject
    private AcademyDirectory academies;

    private String email;
    private boolean answered;

    public void send() {
        if (email == null || email.isBlank()) {
            PortalMessages.error("forgotten:email", PortalMessages.text("recoveryMsg", "username.email.required"));
            return;
        }
        if (!email.strip().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            PortalMessages.error("forgotten:email", PortalMessages.text("recoveryMsg", "username.email.invalid"));
            return;
        }
        recovery.remindUsernames(academies.portalAcademyCode(), email);
        answered = true;
    }

    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public boolean isAnswered() { return answered; }
}

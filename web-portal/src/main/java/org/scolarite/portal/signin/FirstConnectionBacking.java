package org.scolarite.portal.signin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ResourceBundle;
import org.scolarite.account.entity.AccountRuleViolation;
import org.scolarite.account.entity.InvalidEmailAddress;
import org.scolarite.account.entity.PasswordPolicy;
import org.scolarite.account.entity.PasswordRejected;
import org.scolarite.signin.boundary.ActivationOutcome;
import org.scolarite.signin.boundary.FirstConnection;
import org.scolarite.signin.boundary.FirstConnectionView;
import org.scolarite.structure.boundary.AcademyDirectory;

/**
 * The first-connection form (R-PORTAL-2, R-ACC-4, R-ACC-5): birth date, new password twice, e-mail twice (optional for
 * a pupil, pre-filled from the school file and mandatory for a guardian). Compares the repeated fields; the rules
 * themselves (password policy, birth date, e-mail) are the service's, whose refusals are shown next to their field.
 */
@Named("firstConnection")
@ViewScoped
public class FirstConnectionBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient FirstConnection service;

    @Inject
    private transient AcademyDirectory academies;

    @Inject
    private transient SecurityContext security;

    private FirstConnectionView account;
    private LocalDate birthDate;
    private String newPassword;
    private String confirmPassword;
    private String email;
    private String confirmEmail;

    @PostConstruct
    void load() {
        account = service.view(academies.portalAcademyCode(), security.getCallerPrincipal().getName());
        if (account.isGuardian()) {
            email = account.email();
            confirmEmail = account.email();
        }
    }

    public void activate() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        boolean valid = true;
        if (newPassword != null && !newPassword.equals(confirmPassword)) {
            error(faces, "form:confirmPassword", "firstConnection.password.mismatch");
            valid = false;
        }
        String typedEmail = email == null ? "" : email.strip();
        String typedConfirmation = confirmEmail == null ? "" : confirmEmail.strip();
        if (account.isGuardian() && typedEmail.isEmpty()) {
            error(faces, "form:email", "firstConnection.email.required");
            valid = false;
        } else if (!typedEmail.equalsIgnoreCase(typedConfirmation)) {
            error(faces, "form:confirmEmail", "firstConnection.email.mismatch");
            valid = false;
        }
        if (!valid) {
            return;
        }
        HttpServletRequest request = (HttpServletRequest) faces.getExternalContext().getRequest();
        ActivationOutcome outcome;
        try {
            outcome = service.activate(academies.portalAcademyCode(), account.username(), birthDate,
                    newPassword.toCharArray(), typedEmail, SignInSession.clientAddress(request));
        } catch (PasswordRejected e) {
            faces.addMessage("form:newPassword", new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
            return;
        } catch (InvalidEmailAddress e) {
            faces.addMessage("form:email", new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
            return;
        } catch (AccountRuleViolation e) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
            return;
        }
        ExternalContext external = faces.getExternalContext();
        switch (outcome) {
            case BIRTH_DATE_REFUSED -> error(faces, "form:birthDate", "firstConnection.birthDate.refused");
            case LOCKED -> {
                signOut(request, external);
                external.redirect(external.getRequestContextPath() + "/login.xhtml?"
                        + SignInBacking.LOCKED_PARAMETER + "=1");
            }
            case IN_USE -> external.redirect(external.getRequestContextPath() + "/index.xhtml");
            case AWAITING_VALIDATION -> external.redirect(external.getRequestContextPath()
                    + FirstConnectionGate.AWAITING_VALIDATION + "?" + ActivationPendingBacking.SENT_PARAMETER + "=1");
        }
    }

    static void signOut(HttpServletRequest request, ExternalContext external) {
        try {
            request.logout();
        } catch (ServletException alreadyOut) {
            // The session is dropped just below anyway.
        }
        external.invalidateSession();
    }

    private static void error(FacesContext faces, String field, String key) {
        ResourceBundle bundle = faces.getApplication().getResourceBundle(faces, "signinMsg");
        faces.addMessage(field, new FacesMessage(FacesMessage.SEVERITY_ERROR, bundle.getString(key), null));
    }

    public int getMinLength() {
        return PasswordPolicy.MIN_LENGTH;
    }

    public int getPassphraseLength() {
        return PasswordPolicy.PASSPHRASE_LENGTH;
    }

    public FirstConnectionView getAccount() { return account; }
    public LocalDate getBirthDate() { return birthDate; }
    public void setBirthDate(LocalDate birthDate) { this.birthDate = birthDate; }
    public String getNewPassword() { return newPassword; }
    public void setNewPassword(String newPassword) { this.newPassword = newPassword; }
    public String getConfirmPassword() { return confirmPassword; }
    public void setConfirmPassword(String confirmPassword) { this.confirmPassword = confirmPassword; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getConfirmEmail() { return confirmEmail; }
    public void setConfirmEmail(String confirmEmail) { this.confirmEmail = confirmEmail; }
}

package org.scolarite.portal.signin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.io.Serializable;
import java.text.MessageFormat;
import java.util.ResourceBundle;
import org.scolarite.account.entity.AccountRuleViolation;
import org.scolarite.account.entity.InvalidEmailAddress;
import org.scolarite.signin.boundary.FirstConnection;
import org.scolarite.signin.boundary.FirstConnectionView;
import org.scolarite.structure.boundary.AcademyDirectory;

/**
 * « Vérification de votre adresse mail » (R-ACC-5): the guardian « En cours d'activation » sees the address the link
 * went to, may correct it (twice), and gets a new link there; a link sent to a previous address no longer works.
 */
@Named("activationPending")
@ViewScoped
public class ActivationPendingBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Opened with {@code ?envoye=1} right after the first connection: the page says the link was just sent. */
    public static final String SENT_PARAMETER = "envoye";

    @Inject
    private transient FirstConnection service;

    @Inject
    private transient AcademyDirectory academies;

    @Inject
    private transient SecurityContext security;

    private FirstConnectionView account;
    private String email;
    private String confirmEmail;
    private String sent;
    private String resentTo;

    @PostConstruct
    void load() {
        account = service.view(academies.portalAcademyCode(), security.getCallerPrincipal().getName());
        email = account.email();
        confirmEmail = account.email();
    }

    public void resend() {
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle bundle = faces.getApplication().getResourceBundle(faces, "signinMsg");
        String typed = email == null ? "" : email.strip();
        if (typed.isEmpty()) {
            faces.addMessage("resend:email", new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    bundle.getString("firstConnection.email.required"), null));
            return;
        }
        if (!typed.equalsIgnoreCase(confirmEmail == null ? "" : confirmEmail.strip())) {
            faces.addMessage("resend:confirmEmail", new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    bundle.getString("firstConnection.email.mismatch"), null));
            return;
        }
        try {
            resentTo = service.resendValidation(academies.portalAcademyCode(), account.username(), typed);
            account = service.view(academies.portalAcademyCode(), account.username());
            sent = null;
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                    MessageFormat.format(bundle.getString("pending.resent"), resentTo), null));
        } catch (InvalidEmailAddress e) {
            faces.addMessage("resend:email", new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
        } catch (AccountRuleViolation e) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
        }
    }

    public boolean isJustSent() {
        return sent != null && !sent.isBlank() && resentTo == null;
    }

    public FirstConnectionView getAccount() { return account; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getConfirmEmail() { return confirmEmail; }
    public void setConfirmEmail(String confirmEmail) { this.confirmEmail = confirmEmail; }
    public String getSent() { return sent; }
    public void setSent(String sent) { this.sent = sent; }
}

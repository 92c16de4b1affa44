package org.scolarite.portal.recovery;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.scolarite.account.boundary.PasswordRecovery;
import org.scolarite.account.entity.InvalidLink;
import org.scolarite.account.entity.PasswordPolicy;
import org.scolarite.account.entity.PasswordRejected;
import org.scolarite.account.entity.PasswordRule;

/**
 * The page the reset link opens, {@code reset-password.xhtml?token=…} (R-PORTAL-3). The GET only checks the link and
 * shows the form (a mail scanner that follows links spends nothing); the password changes when the form is sent, and
 * the link is spent then. An expired, used or forged link gives a page that explains and offers to ask a new one.
 */
@Named("resetPassword")
@ViewScoped
public class ResetPasswordBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** What the page shows. */
    public enum Step { FORM, REFUSED, DONE }

    @Inject
    private transient PasswordRecovery recovery;

    private String token;
    private String username;
    private Step step = Step.REFUSED;
    private String refusal;
    private String password;
    private String confirmation;

    /** The view action, on the GET of the link only. */
    public void check() {
        try {
            username = recovery.checkResetLink(token);
            step = Step.FORM;
        } catch (InvalidLink e) {
            refuse(e);
        }
    }

    public void submit() {
        if (step != Step.FORM) {
            return;
        }
        char[] chosen = password == null ? new char[0] : password.toCharArray();
        List<PasswordRule> broken = PasswordPolicy.brokenRules(chosen);
        if (!broken.isEmpty()) {
            PortalMessages.error("reset:password", String.join(" ", broken.stream().map(PasswordRule::message).toList()));
            return;
        }
        if (!Objects.equals(password, confirmation)) {
            PortalMessages.error("reset:confirmation", PortalMessages.text("recoveryMsg", "reset.confirmation.mismatch"));
            return;
        }
        try {
            username = recovery.resetPassword(token, chosen);
            step = Step.DONE;
        } catch (PasswordRejected e) {
            PortalMessages.error("reset:password", e.getMessage());
        } catch (InvalidLink e) {
            refuse(e);
        } finally {
            Arrays.fill(chosen, '\0');
            password = null;
            confirmation = null;
        }
    }

    private void refuse(InvalidLink e) {
        step = Step.REFUSED;
        refusal = e.getMessage();
    }

    public String getToken() { return token; }
    public void setToken(String token) { this.token = token; }
    public String getUsername() { return username; }
    public Step getStep() { return step; }
    public String getRefusal() { return refusal; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
    public String getConfirmation() { return confirmation; }
    public void setConfirmation(String confirmation) { this.confirmation = confirmation; }
}

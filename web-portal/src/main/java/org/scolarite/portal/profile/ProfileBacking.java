package org.scolarite.portal.profile;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.scolarite.account.boundary.AccountProfile;
import org.scolarite.account.boundary.ProfileView;
import org.scolarite.account.boundary.WrongCurrentPassword;
import org.scolarite.account.entity.AccountRuleViolation;
import org.scolarite.account.entity.InvalidEmailAddress;
import org.scolarite.account.entity.PasswordPolicy;
import org.scolarite.account.entity.PasswordRejected;
import org.scolarite.account.entity.PasswordRule;
import org.scolarite.portal.recovery.PortalMessages;
import org.scolarite.portal.signin.SignInSession;
import org.scolarite.structure.boundary.AcademyDirectory;

/**
 * « Mon compte > Profil » (R-PORTAL-4) of the logged-in holder: always the caller's own account (the principal's
 * identifier, never a request parameter). Three forms: a new address (current password again; effective once the link
 * sent to it is followed), a new password (current one again), and « renvoyer le courriel de validation ». Each form
 * keeps what was typed except passwords and explains its errors next to the field.
 */
@Named("profile")
@ViewScoped
public class ProfileBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** What the last action achieved, for the message shown above the forms. */
    public enum Done { NONE, EMAIL_ASKED, PASSWORD_CHANGED, VALIDATION_SENT }

    @Inject
    private transient AccountProfile profiles;

    @Inject
    private transient AcademyDirectory academies;

    @Inject
    private transient SecurityContext security;

    private ProfileView view;
    private Done done = Done.NONE;
    private String askedEmail;

    private String newEmail;
    private String newEmailConfirmation;
    private String emailPassword;

    private String currentPassword;
    private String newPassword;
    private String newPasswordConfirmation;

    /** The view action: the caller's profile, read again after each change. */
    public void load() {
        view = profiles.profile(academies.portalAcademyCode(), username());
    }

    public void changeEmail() {
        done = Done.NONE;
        char[] password = chars(emailPassword);
        try {
            if (newEmail == null || newEmail.isBlank()) {
                PortalMessages.error("email:newEmail", PortalMessages.text("profileMsg", "email.new.required"));
                return;
            }
            if (!Objects.equals(strip(newEmail), strip(newEmailConfirmation))) {
                PortalMessages.error("email:newEmailConfirmation",
                        PortalMessages.text("profileMsg", "email.confirmation.mismatch"));
                return;
            }
            if (password.length == 0) {
                PortalMessages.error("email:emailPassword", PortalMessages.text("profileMsg", "password.current.required"));
                return;
            }
            askedEmail = profiles.askEmailChange(academies.portalAcademyCode(), username(), password, newEmail, clientAddress());
            done = Done.EMAIL_ASKED;
            newEmail = null;
            newEmailConfirmation = null;
        } catch (WrongCurrentPassword e) {
            PortalMessages.error("email:emailPassword", PortalMessages.text("profileMsg", "password.current.wrong"));
        } catch (InvalidEmailAddress e) {
            PortalMessages.error("email:newEmail", e.getMessage());
        } catch (AccountRuleViolation e) {
            PortalMessages.error("email", e.getMessage());
        } finally {
            Arrays.fill(password, '\0');
            emailPassword = null;
            load();
        }
    }

    public void changePassword() {
        done = Done.NONE;
        char[] current = chars(currentPassword);
        char[] chosen = chars(newPassword);
        try {
            if (current.length == 0) {
                PortalMessages.error("password:currentPassword",
                        PortalMessages.text("profileMsg", "password.current.required"));
                return;
            }
            List<PasswordRule> broken = PasswordPolicy.brokenRules(chosen);
            if (!broken.isEmpty()) {
                PortalMessages.error("password:newPassword",
                        String.join(" ", broken.stream().map(PasswordRule::message).toList()));
                return;
            }
            if (!Objects.equals(newPassword, newPasswordConfirmation)) {
                PortalMessages.error("password:newPasswordConfirmation",
                        PortalMessages.text("profileMsg", "password.confirmation.mismatch"));
                return;
            }
            profiles.changePassword(academies.portalAcademyCode(), username(), current, chosen, clientAddress());
            done = Done.PASSWORD_CHANGED;
        } catch (WrongCurrentPassword e) {
            PortalMessages.error("password:currentPassword",
                    PortalMessages.text("profileMsg", "password.current.wrong"));
        } catch (PasswordRejected e) {
            PortalMessages.error("password:newPassword", e.getMessage());
        } catch (AccountRuleViolation e) {
            PortalMessages.error("password", e.getMessage());
        } finally {
            Arrays.fill(current, '\0');
            Arrays.fill(chosen, '\0');
            currentPassword = null;
            newPassword = null;
            newPasswordConfirmation = null;
            load();
        }
    }

    public void resendValidation() {
        done = Done.NONE;
        try {
            profiles.resendValidation(academies.portalAcademyCode(), username());
            done = Done.VALIDATION_SENT;
        } catch (AccountRuleViolation e) {
            PortalMessages.error("resend", e.getMessage());
        } finally {
            load();
        }
    }

    private String username() {
        return security.getCallerPrincipal().getName();
    }

    private static char[] chars(String value) {
        return value == null ? new char[0] : value.toCharArray();
    }

    private static String strip(String value) {
        return value == null ? null : value.strip();
    }

    public ProfileView getView() { return view; }
    public Done getDone() { return done; }
    public String getAskedEmail() { return askedEmail; }
    public String getNewEmail() { return newEmail; }
    public void setNewEmail(String newEmail) { this.newEmail = newEmail; }
    public String getNewEmailConfirmation() { return newEmailConfirmation; }
    public void setNewEmailConfirmation(String value) { this.newEmailConfirmation = value; }
    public String getEmailPassword() { return emailPassword; }
    public void setEmailPassword(String emailPassword) { this.emailPassword = emailPassword; }
    public String getCurrentPassword() { return currentPassword; }
    public void setCurrentPassword(String currentPassword) { this.currentPassword = currentPassword; }
    public String getNewPassword() { return newPassword; }
    public void setNewPassword(String newPassword) { this.newPassword = newPassword; }
    public String getNewPasswordConfirmation() { return newPasswordConfirmation; }
    public void setNewPasswordConfirmation(String value) { this.newPasswordConfirmation = value; }

    private static String clientAddress() {
        return SignInSession.clientAddress((HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext()
                .getRequest());
    }
}

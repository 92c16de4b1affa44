package org.scolarite.portal.signin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ResourceBundle;
import org.scolarite.account.entity.AccountState;

/**
 * The portal's login page (R-PORTAL-1), against the portal's authentication mechanism. After a sign-in the family goes
 * where its account's state says: the first connection for « Notifié » (R-PORTAL-2), « renvoyer le lien » for a
 * guardian « En cours d'activation » (R-ACC-5), the home page otherwise. One message for every refusal, and one for a
 * lock-out, the same whether the identifier exists or not.
 */
@Named("signIn")
@RequestScoped
public class SignInBacking {

    /** The page shows the lock-out message when it is opened with {@code ?verrouille=1} (after a first connection). */
    public static final String LOCKED_PARAMETER = "verrouille";

    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("H' h 'mm");

    @Inject
    private SecurityContext securityContext;

    @Inject
    private FacesContext faces;

    private String username;
    private String password;
    private String locked;

    public void login() throws IOException {
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        AuthenticationStatus status = securityContext.authenticate(request,
                (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams().newAuthentication(true)
                        .credential(new UsernamePasswordCredential(username == null ? "" : username.strip(),
                                new Password(password == null ? "" : password))));
        switch (status) {
            case SEND_CONTINUE -> faces.responseComplete();
            case SUCCESS -> external.redirect(external.getRequestContextPath()
                    + landing((AccountState) request.getAttribute(SignInSession.SIGNED_IN_STATE)));
            default -> {
                Object until = request.getAttribute(SignInSession.LOCKED_UNTIL);
                String text = until instanceof LocalDateTime time
                        ? java.text.MessageFormat.format(bundle().getString("signin.locked.until"), HOUR.format(time))
                        : bundle().getString("signin.failed");
                faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
            }
        }
    }

    /** Where a family goes right after signing in. */
    static String landing(AccountState state) {
        if (state == AccountState.NOTIFIED) {
            return FirstConnectionGate.FIRST_CONNECTION;
        }
        return state == AccountState.ACTIVATING ? FirstConnectionGate.AWAITING_VALIDATION : "/index.xhtml";
    }

    private ResourceBundle bundle() {
        return faces.getApplication().getResourceBundle(faces, "signinMsg");
    }

    public boolean isLockedNotice() {
        return locked != null && !locked.isBlank();
    }

    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
    public String getLocked() { return locked; }
    public void setLocked(String locked) { this.locked = locked; }
}

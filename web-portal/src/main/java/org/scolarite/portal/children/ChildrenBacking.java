package org.scolarite.portal.children;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.ResourceBundle;
import org.scolarite.account.boundary.AccountRegrouping;
import org.scolarite.account.boundary.RegroupingResult;
import org.scolarite.account.entity.RegroupingRefused;
import org.scolarite.people.boundary.ChildSummary;
import org.scolarite.people.boundary.FamilyDirectory;
import org.scolarite.portal.signin.SignInSession;
import org.scolarite.structure.boundary.AcademyDirectory;

/**
 * « Mon compte > Enfants » (R-PORTAL-8): the children the account opens today and « Regrouper des comptes ». Guardians
 * only: a pupil asking for the page gets a « 403 ». The rules are {@link AccountRegrouping}'s; this bean shows its
 * answer next to the identifier field, keeps the identifier typed and never the password.
 */
@Named
@ViewScoped
public class ChildrenBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String USERNAME_FIELD = "regroup:otherUsername";

    @Inject
    private transient FamilyDirectory families;

    @Inject
    private transient AccountRegrouping regrouping;

    @Inject
    private transient AcademyDirectory academies;

    @Inject
    private transient SecurityContext security;

    private List<ChildSummary> children = List.of();
    private String otherUsername;
    private String otherPassword;
    private RegroupingResult done;

    /** The page's view action: refuses pupils before anything is written, then lists the children. */
    public void load() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (!security.isCallerInRole("GUARDIAN")) {
            ExternalContext external = faces.getExternalContext();
            try {
                external.responseSendError(HttpServletResponse.SC_FORBIDDEN, "Page réservée aux responsables");
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            faces.responseComplete();
            return;
        }
        children = families.childrenOf(username());
    }

    public void regroup() {
        FacesContext faces = FacesContext.getCurrentInstance();
        char[] password = otherPassword == null ? new char[0] : otherPassword.toCharArray();
        otherPassword = null;
        try {
            done = regrouping.regroup(academies.portalAcademyCode(), username(), otherUsername, password,
                    SignInSession.clientAddress((HttpServletRequest) FacesContext.getCurrentInstance()
                            .getExternalContext().getRequest()));
            otherUsername = null;
            children = families.childrenOf(username());
        } catch (RegroupingRefused refused) {
            done = null;
            String text = bundle(faces).getString("children.regroup.refused." + refused.reason().name());
            faces.addMessage(USERNAME_FIELD, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
            faces.validationFailed();
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    private static ResourceBundle bundle(FacesContext faces) {
        return faces.getApplication().getResourceBundle(faces, "childrenMsg");
    }

    public String username() {
        return security.getCallerPrincipal().getName();
    }

    public List<ChildSummary> getChildren() { return children; }
    public RegroupingResult getDone() { return done; }
    /** « MARTEL Hugo, MARTEL Zoé » for the confirmation. */
    public String getMovedChildren() { return done == null ? "" : String.join(", ", done.movedChildren()); }
    public String getOtherUsername() { return otherUsername; }
    public void setOtherUsername(String otherUsername) { this.otherUsername = otherUsername; }
    public String getOtherPassword() { return otherPassword; }
    public void setOtherPassword(String otherPassword) { this.otherPassword = otherPassword; }
}

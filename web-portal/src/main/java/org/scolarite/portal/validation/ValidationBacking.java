package org.scolarite.portal.validation;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.scolarite.account.boundary.EmailValidation;
import org.scolarite.account.entity.AccountRuleViolation;

/**
 * The public page of the e-mail validation link (R-ACC-5, R-PORTAL-2/4): {@code validation.xhtml?token=…}. Its view
 * action spends the token; the page then says the address is validated, or repeats the one refusal of the service
 * (unknown, used or expired link alike).
 */
@Named("portalValidation")
@RequestScoped
public class ValidationBacking {

    @Inject
    private EmailValidation validation;

    private String token;
    private boolean validated;
    private String refusal;

    /** The view action: runs once per request, on the GET the e-mail's link makes. */
    public void validate() {
        try {
            validation.validate(token);
            validated = true;
        } catch (AccountRuleViolation e) {
            refusal = e.getMessage();
        }
    }

    public String getToken() { return token; }
    public void setToken(String token) { this.token = token; }
    public boolean isValidated() { return validated; }
    public String getRefusal() { return refusal; }
}

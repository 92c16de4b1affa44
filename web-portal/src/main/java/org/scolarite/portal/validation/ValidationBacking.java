package org.scolarite.portal.validation;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.scolarite.account.boundary.EmailValidation;
import org.scolarite.account.boundary.ValidatedEmail;
import org.scolarite.account.entity.AccountState;
import org.scolarite.account.entity.InvalidLink;
import org.scolarite.account.entity.TokenPurpose;

/**
 * The public page of the links that validate an address, {@code validation.xhtml?token=…}: the first validation
 * (R-ACC-5, R-PORTAL-2; a guardian's account becomes « Utilisé ») and the change of address asked from « Mon compte »
 * (R-PORTAL-4; the new address becomes the account's). Its view action spends the token; the page then says what
 * happened, or why the link cannot serve (used, expired, replaced, forged: one message per purpose) and what to do.
 */
@Named("portalValidation")
@RequestScoped
public class ValidationBacking {

    @Inject
    private EmailValidation validation;

    private String token;
    private ValidatedEmail result;
    private String refusal;
    private TokenPurpose refusedPurpose;

    /** The view action: runs once per request, on the GET the e-mail's link makes. */
    public void validate() {
        try {
            result = validation.validate(token);
        } catch (InvalidLink e) {
            refusal = e.getMessage();
            refusedPurpose = e.getPurpose();
        }
    }

    public boolean isValidated() {
        return result != null;
    }

    /** A new address replaced the old one (R-PORTAL-4). */
    public boolean isChanged() {
        return result != null && result.purpose() == TokenPurpose.CHANGE_EMAIL;
    }

    /** The first validation made the account « Utilisé » (a guardian's activation, R-ACC-5). */
    public boolean isActivated() {
        return result != null && result.purpose() == TokenPurpose.VALIDATE_EMAIL
                && result.state() == AccountState.IN_USE;
    }

    /** The refused link was a change of address: the next step is « Mon compte », not the login's resend. */
    public boolean isRefusedChange() {
        return refusedPurpose == TokenPurpose.CHANGE_EMAIL;
    }

    public String getToken() { return token; }
    public void setToken(String token) { this.token = token; }
    public ValidatedEmail getResult() { return result; }
    public String getRefusal() { return refusal; }
}

package org.scolarite.account.boundary;

import org.scolarite.account.entity.AccountRuleViolation;

/** R-ACC-4, R-ACC-5: activation asks for the temporary password again, and it was not the right one. */
public class WrongTemporaryPassword extends AccountRuleViolation {

    private static final long serialVersionUID = 1L;

    WrongTemporaryPassword() {
        super("Le mot de passe provisoire est incorrect.");
    }
}

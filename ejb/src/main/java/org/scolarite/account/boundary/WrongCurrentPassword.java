package org.scolarite.account.boundary;

import org.scolarite.account.entity.AccountRuleViolation;

/**
 * R-PORTAL-4: the current password given to change the password or the address is not the account's. Says nothing
 * else (not whether the account has a password, not how close the guess was).
 */
public class WrongCurrentPassword extends AccountRuleViolation {

    private static final long serialVersionUID = 1L;

    public WrongCurrentPassword() {
        super("Mot de passe actuel incorrect.");
    }
}

package org.scolarite.account.entity;

import jakarta.ejb.ApplicationException;

/**
 * A request the account rules refuse. Its message is French and meant for the user. As an EJB application exception
 * it reaches the web layer as itself (not wrapped) and still rolls the transaction back.
 */
@ApplicationException(rollback = true)
public class AccountRuleViolation extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public AccountRuleViolation(String message) {
        super(message);
    }
}

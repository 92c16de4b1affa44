package org.scolarite.account.entity;

/** R-ACC-5: the e-mail given at activation is missing (guardians) or malformed. */
public class InvalidEmailAddress extends AccountRuleViolation {

    private static final long serialVersionUID = 1L;

    InvalidEmailAddress(String message) {
        super(message);
    }
}

package org.scolarite.account.entity;

import java.util.List;
import java.util.stream.Collectors;

/** A chosen password that breaks {@link PasswordPolicy}; the message lists every broken rule in French. */
public class PasswordRejected extends AccountRuleViolation {

    private static final long serialVersionUID = 1L;

    private final List<PasswordRule> brokenRules;

    PasswordRejected(List<PasswordRule> brokenRules) {
        super(brokenRules.stream().map(PasswordRule::message).collect(Collectors.joining(" ")));
        this.brokenRules = List.copyOf(brokenRules);
    }

    public List<PasswordRule> getBrokenRules() {
        return brokenRules;
    }
}

package org.scolarite.account.entity;

import java.util.ArrayList;
import java.util.List;

/**
 * What a chosen password must be (R-PORTAL-2, applied at activation R-ACC-4/5): at least 8 characters with a letter and
 * a digit; a passphrase of 16 characters or more needs no digit (its length already makes it strong); at most 128
 * characters, which bounds the cost of hashing what a stranger may post.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 8;
    public static final int PASSPHRASE_LENGTH = 16;
    public static final int MAX_LENGTH = 128;

    private PasswordPolicy() {
    }

    /** The rules the password breaks, empty when it is acceptable. Lengths count characters, not UTF-16 units. */
    public static List<PasswordRule> brokenRules(char[] password) {
        int length = Character.codePointCount(password, 0, password.length);
        boolean letter = false;
        boolean digit = false;
        for (int i = 0; i < password.length; i++) {
            letter |= Character.isLetter(password[i]);
            digit |= Character.isDigit(password[i]);
        }
        List<PasswordRule> broken = new ArrayList<>();
        if (length < MIN_LENGTH) {
            broken.add(PasswordRule.MIN_LENGTH);
        }
        if (length > MAX_LENGTH) {
            broken.add(PasswordRule.MAX_LENGTH);
        }
        if (length < PASSPHRASE_LENGTH && !(letter && digit)) {
            broken.add(PasswordRule.LETTER_AND_DIGIT);
        }
        if (length >= PASSPHRASE_LENGTH && !letter) {
            broken.add(PasswordRule.LETTER);
        }
        return List.copyOf(broken);
    }

    /** Refuses a password that breaks a rule, naming every broken rule in the message. */
    public static void requireAcceptable(char[] password) {
        List<PasswordRule> broken = brokenRules(password);
        if (!broken.isEmpty()) {
            throw new PasswordRejected(broken);
        }
    }
}

package org.scolarite.account.entity;

/** A rule of {@link PasswordPolicy}, with the French sentence that tells the user what to fix (R-PORTAL-2). */
public enum PasswordRule {
    MIN_LENGTH("account.password.minLength",
            "Le mot de passe doit contenir au moins " + PasswordPolicy.MIN_LENGTH + " caractères."),
    MAX_LENGTH("account.password.maxLength",
            "Le mot de passe ne doit pas dépasser " + PasswordPolicy.MAX_LENGTH + " caractères."),
    LETTER_AND_DIGIT("account.password.letterAndDigit",
            "Le mot de passe doit contenir au moins une lettre et un chiffre."),
    LETTER("account.password.letter",
            "Une phrase de passe doit contenir au moins une lettre.");

    private final String key;
    private final String message;

    PasswordRule(String key, String message) {
        this.key = key;
        this.message = message;
    }

    /** Message-bundle key, for a face that wants its own wording. */
    public String key() {
        return key;
    }

    public String message() {
        return message;
    }
}

package org.scolarite.account.entity;

import java.security.SecureRandom;

/**
 * Draws temporary passwords (« mot de passe provisoire », R-ACC-2): 8 characters of digits and lower-case letters
 * (since 17.3), at least one of each. Look-alikes (0 o 1 l i) are left out because the password is read off a letter
 * and typed by hand.
 */
public final class TemporaryPassword {

    public static final int LENGTH = 8;
    static final String LETTERS = "abcdefghjkmnpqrstuvwxyz";
    static final String DIGITS = "23456789";
    static final String ALPHABET = LETTERS + DIGITS;

    private TemporaryPassword() {
    }

    /**
     * Draws every character uniformly from the whole alphabet and starts again when a class is missing (about one
     * draw in ten): forcing a letter or a digit into a chosen position instead would make the result more guessable.
     */
    public static String generate(SecureRandom random) {
        char[] password = new char[LENGTH];
        do {
            for (int i = 0; i < LENGTH; i++) {
                password[i] = ALPHABET.charAt(random.nextInt(ALPHABET.length()));
            }
        } while (!containsAny(password, LETTERS) || !containsAny(password, DIGITS));
        return new String(password);
    }

    private static boolean containsAny(char[] password, String characters) {
        for (char c : password) {
            if (characters.indexOf(c) >= 0) {
                return true;
            }
        }
        return false;
    }
}

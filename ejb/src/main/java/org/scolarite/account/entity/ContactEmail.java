package org.scolarite.account.entity;

/**
 * R-MASS-1, R-IND-1: the e-mail address a school writes to. The address the holder gave and validated on the portal
 * comes first (it is his own and proved to work); otherwise the one the school's file holds (SIECLE/BEE); otherwise
 * none — and the guardian is notified on paper.
 */
public final class ContactEmail {

    private ContactEmail() {
    }

    /** The address to use, or null when there is none. */
    public static String choose(String accountEmail, boolean accountEmailValidated, String schoolFileEmail) {
        if (accountEmailValidated && notBlank(accountEmail)) {
            return accountEmail.strip();
        }
        return notBlank(schoolFileEmail) ? schoolFileEmail.strip() : null;
    }

    private static boolean notBlank(String value) {
        return value != null && !value.isBlank();
    }
}

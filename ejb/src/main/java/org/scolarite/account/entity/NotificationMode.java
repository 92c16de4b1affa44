package org.scolarite.account.entity;

/** How an account was notified (R-ACC-3): paper letter or e-mail. Pupils are notified on paper only (R-ACC-10). */
public enum NotificationMode {
    LETTER("Courrier"),
    EMAIL("Courriel");

    private final String label;

    NotificationMode(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

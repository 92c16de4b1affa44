package org.scolarite.admin.accounts;

import org.scolarite.admin.shell.PageMessages;

/** Texts of the accounts bundle ({@code accountsMsg}). */
final class AccountsText {

    private AccountsText() {
    }

    /** A text of the bundle, its {0}… filled with {@code args}. */
    static String text(String key, Object... args) {
        return PageMessages.text("accountsMsg", key, args);
    }
}

package org.scolarite.signin.boundary;

import org.scolarite.account.entity.AccountKind;
import org.scolarite.account.entity.AccountState;

/**
 * What the first-connection and « renvoyer le lien » pages show of the signed-in account: its identifier, kind and
 * state, and the e-mail to offer — the account's own once given, else for a guardian the one the school holds (BEE).
 */
public record FirstConnectionView(String username, AccountKind kind, AccountState state, String email) {

    public boolean isGuardian() {
        return kind == AccountKind.GUARDIAN;
    }
}

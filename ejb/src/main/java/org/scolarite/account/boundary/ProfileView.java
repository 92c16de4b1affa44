package org.scolarite.account.boundary;

import org.scolarite.account.entity.AccountKind;
import org.scolarite.account.entity.AccountState;

/**
 * « Mon compte > Profil » (R-PORTAL-4): the identifier, the account's address and whether it is validated, and the new
 * address waiting for its validation link to be followed, if any.
 *
 * @param email        the account's address; null for a pupil who gave none
 * @param pendingEmail the address asked for and not validated yet; null when no change is pending
 */
public record ProfileView(String username, AccountKind kind, AccountState state, String email, boolean emailValidated,
                          String pendingEmail) {

    /** « Renvoyer le courriel de validation »: while the account's own address awaits validation. */
    public boolean canResendValidation() {
        return email != null && !emailValidated
                && (state == AccountState.IN_USE || state == AccountState.ACTIVATING);
    }

    /** The password is changed here once one was chosen (the first connection changes the temporary one). */
    public boolean canChangePassword() {
        return state == AccountState.IN_USE || state == AccountState.ACTIVATING;
    }

    /** A new address is asked and validated from « Utilisé » only (before that, the activation corrects it). */
    public boolean canChangeEmail() {
        return state == AccountState.IN_USE;
    }
}

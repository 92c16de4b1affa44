package org.scolarite.account.boundary;

import org.scolarite.account.entity.AccountState;
import org.scolarite.account.entity.TokenPurpose;

/**
 * What a followed validation link did (R-ACC-5, R-PORTAL-4), for the portal's result page: the first validation of
 * the account's address ({@link TokenPurpose#VALIDATE_EMAIL}; a guardian's account then is « Utilisé ») or the change
 * to a new address ({@link TokenPurpose#CHANGE_EMAIL}), which is now the account's.
 */
public record ValidatedEmail(TokenPurpose purpose, String username, String email, AccountState state) {
}

package org.scolarite.account.boundary;

import org.scolarite.account.entity.AccountKind;
import org.scolarite.account.entity.AccountState;

/**
 * Who signed in. The state tells the portal where to go: « Notifié » means the temporary password was used and the
 * activation form comes first (R-PORTAL-2); « En cours d'activation » that the e-mail still awaits validation.
 */
public record AuthenticatedAccount(long id, String username, AccountKind kind, AccountState state) {
}

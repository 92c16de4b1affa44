package org.scolarite.account.boundary;

import java.time.LocalDate;
import java.util.Optional;

/**
 * What a notification letter or e-mail prints for one account (R-ACC-3, R-SET-4): the identifier; the temporary
 * password in clear only for an account not yet activated (never for « Utilisé », R-ACC-8); whether it is a
 * continuity letter that only recalls the identifier (R-ACC-7); the first day the account opens everything it gives
 * access to (today, or tomorrow after a change of establishment).
 *
 * @param accountId the notified account: after a replacement, the new one
 */
public record NotificationContent(long accountId, String username, Optional<String> temporaryPassword,
                                  boolean continuity, LocalDate accessibleFrom) {
}

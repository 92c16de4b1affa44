package org.scolarite.account.entity;

import java.time.LocalDate;
import java.util.Optional;

/**
 * What a notification may print (R-ACC-3, R-ACC-8): the identifier, the temporary password only while the account is
 * not activated, still encrypted (the entity never holds the key; the service decrypts it for the letter), whether
 * it is a continuity letter that only recalls the identifier (R-ACC-7), and the first day the account opens
 * everything it gives access to.
 */
public record IssuedNotification(Username username, Optional<String> encryptedTemporaryPassword, boolean continuity,
                                 LocalDate accessibleFrom) {
}

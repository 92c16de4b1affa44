package org.scolarite.account.boundary;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.scolarite.account.entity.AccountState;
import org.scolarite.account.entity.NotificationMode;

/**
 * One line of the pupils' lists (R-MASS-2, R-IND-1): the pupil and his account, if any; {@code state} as shown (no
 * account or a deleted one: « Non notifié », R-ACC-6).
 */
public record StudentAccountRow(long studentId, String lastName, String firstName, LocalDate birthDate,
                                String division, String mef, boolean accessRemoved, Long accountId,
                                Long accountVersion, String username, AccountState state, LocalDate notifiedOn,
                                NotificationMode mode, LocalDateTime lastAccess, boolean continuity)
        implements Serializable {

    public String key() {
        return couple().key();
    }

    public Couple couple() {
        return new Couple(studentId, null, accountId, accountVersion);
    }
}

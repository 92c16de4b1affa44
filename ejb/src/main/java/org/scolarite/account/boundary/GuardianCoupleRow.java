package org.scolarite.account.boundary;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.scolarite.account.entity.AccountState;
import org.scolarite.account.entity.NotificationMode;
import org.scolarite.people.entity.LegalRank;

/**
 * One line of the guardians' lists (R-MASS-1, R-IND-1): a couple (pupil, légal guardian) and the account that opens
 * this pupil to this guardian, if any. {@code state} is the state as shown (no account or a deleted one: « Non
 * notifié », R-ACC-6); {@code contact} is the e-mail the school would write to, or else the postal address on one line.
 */
public record GuardianCoupleRow(long studentId, String studentLastName, String studentFirstName, LocalDate birthDate,
                                String division, long guardianId, String guardianName, LegalRank rank,
                                boolean accessRefused, String contact, boolean contactIsEmail, Long accountId,
                                Long accountVersion, String username, AccountState state, LocalDate notifiedOn,
                                NotificationMode mode, LocalDateTime lastAccess, boolean continuity)
        implements Serializable {

    /** The row's key in a table and in a selection. */
    public String key() {
        return couple().key();
    }

    /** What the notification services receive for this row. */
    public Couple couple() {
        return new Couple(studentId, guardianId, accountId, accountVersion);
    }
}

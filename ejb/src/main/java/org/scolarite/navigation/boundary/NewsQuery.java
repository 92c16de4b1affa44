package org.scolarite.navigation.boundary;

import java.time.LocalDateTime;

/**
 * What a {@link NewsSource} counts for (R-PORTAL-6): the account, its kind (a pupil's and a guardian's news may
 * differ), the child shown, his establishment, and the moment from which things are new — the account's previous
 * sign-in, or null for a first one (then everything published counts).
 */
public record NewsQuery(long accountId, boolean guardian, long studentId, long establishmentId,
                        LocalDateTime since) {
}

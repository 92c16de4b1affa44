package org.scolarite.account.boundary;

import java.io.Serializable;
import java.util.EnumSet;
import java.util.Set;
import org.scolarite.account.entity.AccountState;
import org.scolarite.people.entity.LegalRank;

/**
 * The console's selection of accounts (R-MASS-1, R-MASS-2, R-IND-1): one division or the whole establishment (null),
 * légal 1 and/or légal 2 (guardians only), the states shown (empty: all; a deleted account reads « Non notifié »,
 * R-ACC-6), the first letters of the pupil's name and a MEF (null: any).
 */
public record AccountFilter(Long divisionId, Set<LegalRank> ranks, Set<AccountState> states, String namePrefix,
                            Long mefId) implements Serializable {

    public AccountFilter {
        ranks = ranks == null || ranks.isEmpty() ? EnumSet.of(LegalRank.FIRST, LegalRank.SECOND)
                : EnumSet.copyOf(ranks);
        ranks.retainAll(EnumSet.of(LegalRank.FIRST, LegalRank.SECOND));
        states = states == null || states.isEmpty() ? EnumSet.noneOf(AccountState.class) : EnumSet.copyOf(states);
        states.remove(AccountState.CLOSED);
        namePrefix = namePrefix == null || namePrefix.isBlank() ? null : namePrefix.strip();
    }

    /** One division, both legal guardians, every state. */
    public static AccountFilter division(Long divisionId) {
        return new AccountFilter(divisionId, null, null, null, null);
    }
}

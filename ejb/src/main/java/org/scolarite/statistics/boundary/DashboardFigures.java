package org.scolarite.statistics.boundary;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.scolarite.account.entity.AccountState;
import org.scolarite.staff.boundary.EstablishmentChoice;

/**
 * The console home's figures for one establishment: enrolled pupils, legal guardians, and the state of their
 * accounts. A person without a live account counts as « Non notifié » (R-ACC-6: a deleted account shows so).
 */
public record DashboardFigures(EstablishmentChoice establishment, long students, long guardians,
                               Map<AccountState, Long> studentAccounts, Map<AccountState, Long> guardianAccounts) {

    /** The states a person's access can be in, in life-cycle order (CLOSED is never shown: it reads Non notifié). */
    public static final List<AccountState> SHOWN_STATES = List.of(
            AccountState.NOT_NOTIFIED, AccountState.NOTIFIED, AccountState.ACTIVATING, AccountState.IN_USE);

    public DashboardFigures {
        studentAccounts = Map.copyOf(complete(studentAccounts));
        guardianAccounts = Map.copyOf(complete(guardianAccounts));
    }

    private static Map<AccountState, Long> complete(Map<AccountState, Long> counts) {
        Map<AccountState, Long> all = new EnumMap<>(AccountState.class);
        for (AccountState state : SHOWN_STATES) {
            all.put(state, counts.getOrDefault(state, 0L));
        }
        return all;
    }
}

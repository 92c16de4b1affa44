package org.scolarite.batch.housekeeping;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.scolarite.account.boundary.AccountService;

/**
 * R-ACC-7: continuity of access into the school year under way, for every académie. From the rentrée of a year created
 * by the rollover, each account activated in an earlier year is continued once; every other night finds nothing.
 */
@Named
@Dependent
public class ContinueAccountsBatchlet extends CountingBatchlet {

    @Inject
    private AccountService accounts;

    @Override
    int work() {
        return accounts.academyIds().stream().mapToInt(academy -> accounts.applyYearRollover(academy, ACTOR)).sum();
    }

    @Override
    String counted() {
        return "CONTINUED";
    }

    @Override
    String description() {
        return "compte(s) reconduit(s) dans l’année scolaire (R-ACC-7)";
    }
}

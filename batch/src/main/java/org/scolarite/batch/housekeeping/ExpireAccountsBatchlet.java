package org.scolarite.batch.housekeeping;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.scolarite.account.boundary.AccountService;

/** R-ACC-6: deletes the accounts due today, one académie (one transaction) at a time. */
@Named
@Dependent
public class ExpireAccountsBatchlet extends CountingBatchlet {

    @Inject
    private AccountService accounts;

    @Override
    int work() {
        return accounts.academyIds().stream().mapToInt(academy -> accounts.expireDueAccounts(academy, ACTOR)).sum();
    }

    @Override
    String counted() {
        return "EXPIRED";
    }

    @Override
    String description() {
        return "compte(s) supprimé(s) (R-ACC-6)";
    }
}

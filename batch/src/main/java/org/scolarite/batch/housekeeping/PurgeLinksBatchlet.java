package org.scolarite.batch.housekeeping;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.scolarite.account.boundary.AccountService;

/** R-JOB-1: forgets the e-mail links spent or expired for more than a day. */
@Named
@Dependent
public class PurgeLinksBatchlet extends CountingBatchlet {

    @Inject
    private AccountService accounts;

    @Override
    int work() {
        return accounts.purgeDeadLinks();
    }

    @Override
    String counted() {
        return "PURGED";
    }

    @Override
    String description() {
        return "lien(s) de courriel périmé(s) ou utilisé(s) effacé(s)";
    }
}

package org.scolarite.batch.housekeeping;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.scolarite.account.boundary.AccountService;

/** Applies R-ACC-6 to every due account; the count becomes the step's exit status, visible in the job history. */
@Named
@Dependent
public class ExpireAccountsBatchlet extends AbstractBatchlet {

    static final String ACTOR = "traitement de nuit";

    @Inject
    private AccountService accounts;

    @Inject
    private StepContext step;

    @Override
    public String process() {
        int expired = accounts.expireDueAccounts(ACTOR);
        step.setExitStatus("EXPIRED=" + expired);
        return "COMPLETED";
    }
}

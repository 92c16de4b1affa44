package org.scolarite.batch.housekeeping;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.StepContext;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * A housekeeping step (R-JOB-1): does its work once, idempotently (a second run the same night finds nothing left to
 * do), and reports how many rows it changed as the step's exit status (« EXPIRED=3 », kept in the job repository) and
 * as one log line.
 */
abstract class CountingBatchlet extends AbstractBatchlet {

    /** The actor of every change the housekeeping records in an account's history. */
    static final String ACTOR = "traitement de nuit";

    private static final Logger LOG = Logger.getLogger(CountingBatchlet.class.getName());

    @Inject
    private StepContext step;

    /** The work of the step; returns how many things it changed. */
    abstract int work();

    /** The key of the count in the exit status. */
    abstract String counted();

    /** What the count is, in French, for the log line. */
    abstract String description();

    @Override
    public String process() {
        int count = work();
        step.setExitStatus(counted() + "=" + count);
        LOG.info(() -> "Ménage de nuit, étape « " + step.getStepName() + " » : " + count + " " + description());
        return "COMPLETED";
    }
}

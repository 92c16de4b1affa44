package org.scolarite.batch.housekeeping;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import java.util.Properties;
import java.util.logging.Logger;

/** Starts the housekeeping job every night at 02:30, school time, after the replication window opens. */
@Singleton
public class NightlyHousekeeping {

    private static final Logger LOG = Logger.getLogger(NightlyHousekeeping.class.getName());

    @Schedule(hour = "2", minute = "30", timezone = "Europe/Paris", persistent = false)
    void run() {
        JobOperator operator = BatchRuntime.getJobOperator();
        long execution = operator.start("account-housekeeping", new Properties());
        LOG.info(() -> "Ménage des comptes lancé (exécution " + execution + ")");
    }
}

package org.scolarite.batch.housekeeping;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.NoSuchJobException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.ejb.ScheduleExpression;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Properties;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Starts the housekeeping job (R-JOB-1) every night at {@code teleservices.housekeeping.nightly-time} (environment
 * {@code TELESERVICES_HOUSEKEEPING_NIGHTLY_TIME}, « HH:mm », school time Europe/Paris, default 02:30: after the
 * replication window opens). A programmatic, non-persistent timer, so that the time is a setting rather than code; a
 * wrong value stops the deployment with a message naming the variable. A night whose previous job is still running
 * does not start a second one.
 */
@Singleton
@Startup
public class NightlyHousekeeping {

    static final String JOB = "account-housekeeping";
    private static final String SCHOOL_ZONE = "Europe/Paris";
    private static final Logger LOG = Logger.getLogger(NightlyHousekeeping.class.getName());

    @Resource
    private TimerService timers;

    @Inject
    @ConfigProperty(name = "teleservices.housekeeping.nightly-time", defaultValue = "02:30")
    private String nightlyTime;

    @PostConstruct
    void schedule() {
        LocalTime at = parse(nightlyTime);
        ScheduleExpression every = new ScheduleExpression().hour(at.getHour()).minute(at.getMinute()).second(0)
                .timezone(SCHOOL_ZONE);
        timers.createCalendarTimer(every, new TimerConfig(JOB, false));
        LOG.info(() -> "Ménage de nuit programmé chaque jour à " + at + " (" + SCHOOL_ZONE + ")");
    }

    /** « 02:30 » → 02:30; anything else is a configuration mistake, named as such. */
    static LocalTime parse(String value) {
        try {
            return LocalTime.parse(value.strip());
        } catch (DateTimeParseException | NullPointerException e) {
            throw new IllegalStateException("Heure du ménage de nuit invalide : « " + value + " ». Vérifiez "
                    + "TELESERVICES_HOUSEKEEPING_NIGHTLY_TIME (format HH:mm, par exemple 02:30).", e);
        }
    }

    @Timeout
    void nightly() {
        JobOperator operator = BatchRuntime.getJobOperator();
        if (running(operator)) {
            LOG.warning("Ménage de nuit non lancé : celui de la nuit précédente est encore en cours.");
            return;
        }
        long execution = operator.start(JOB, new Properties());
        LOG.info(() -> "Ménage de nuit lancé (exécution " + execution + ")");
    }

    private static boolean running(JobOperator operator) {
        try {
            return !operator.getRunningExecutions(JOB).isEmpty();
        } catch (NoSuchJobException neverRun) {
            return false;
        }
    }
}

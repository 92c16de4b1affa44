package org.scolarite.batch.replication;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.scolarite.replication.boundary.ReplicationAlreadyRunning;

/**
 * R-REPL-1: every night at {@code teleservices.replication.nightly-time} (default 01:30, Europe/Paris, before the
 * housekeeping at 02:30) a run per académie replicates what waits in its establishments' drop zones. A run still
 * going on (started by hand, or last night's restarted one) is left alone: logged, not an error.
 */
@Singleton
@Startup
public class NightlyReplication {

    private static final Logger LOG = Logger.getLogger(NightlyReplication.class.getName());

    @Resource
    private TimerService timers;

    @Inject
    @ConfigProperty(name = "teleservices.replication.nightly-time", defaultValue = "01:30")
    private String nightlyTime;

    @Inject
    private ReplicationLauncher launcher;

    @Inject
    private AcademyScope scope;

    @PostConstruct
    void schedule() {
        NightlyTime time = NightlyTime.parse(nightlyTime);
        // Not persistent: a night missed while the server was down is not worth a run at start-up in the day.
        timers.createCalendarTimer(time.schedule(), new TimerConfig("réplication de nuit", false));
        LOG.info(() -> "Réplication de nuit programmée chaque jour à " + time.time() + " (" + NightlyTime.ZONE + ")");
    }

    @Timeout
    void run() {
        for (long academy : scope.academies()) {
            try {
                long run = launcher.startNightly(academy);
                LOG.info(() -> "Réplication de nuit de l'académie " + academy + " lancée (traitement " + run + ")");
            } catch (RuntimeException e) {
                ReplicationAlreadyRunning running = Failures.find(e, ReplicationAlreadyRunning.class);
                if (running != null) {
                    LOG.info(() -> "Réplication de nuit de l'académie " + academy + " non lancée : le traitement "
                            + running.runningRunId() + " est encore en cours.");
                } else {
                    // One académie's failure must not cost the others their night.
                    LOG.log(Level.SEVERE, "Réplication de nuit de l'académie " + academy + " impossible", e);
                }
            }
        }
    }
}

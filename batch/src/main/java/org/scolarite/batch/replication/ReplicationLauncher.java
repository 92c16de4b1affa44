package org.scolarite.batch.replication;

import jakarta.batch.runtime.BatchRuntime;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.scolarite.replication.boundary.ReplicationEngine;
import org.scolarite.replication.boundary.ReplicationRuns;
import org.scolarite.replication.boundary.RunDetail;
import org.scolarite.replication.entity.RunStatus;
import org.scolarite.replication.entity.RunTrigger;
import org.scolarite.staff.boundary.AccessDeniedException;
import org.scolarite.staff.boundary.StaffDirectory;
import org.scolarite.staff.entity.StaffRole;

/**
 * Starts and restarts replication runs (the job lives in this module: Jakarta Batch finds job XML through the batch
 * module's class loader). Not transactional: a run is committed before its job, which runs in other threads, reads it.
 * The engine refuses a second run covering an establishment already being replicated ({@code
 * ReplicationAlreadyRunning}).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ReplicationLauncher {

    static final String JOB = "replication";
    static final String RUN_ID = "runId";
    /** The actor of the scheduled runs, as the supervision page and the reports show it. */
    static final String NIGHTLY_ACTOR = "traitement de nuit";

    @Inject
    private ReplicationEngine engine;

    @Inject
    private ReplicationRuns runs;

    @Inject
    private StaffDirectory staff;

    @Inject
    private AcademyScope scope;

    /** Establishments replicated at once ({@code TELESERVICES_REPLICATION_THREADS}): the cores by default. */
    @Inject
    @ConfigProperty(name = "teleservices.replication.threads")
    private Optional<Integer> threads;

    /** Items per chunk transaction ({@code TELESERVICES_REPLICATION_CHUNK}). */
    @Inject
    @ConfigProperty(name = "teleservices.replication.chunk", defaultValue = "3000")
    private int chunk;

    /**
     * A run of one establishment (its head or delegate, or an académie administrator), reading what waits in its drop
     * zone. Throws ReplicationAlreadyRunning when a run covering it is running. Returns the run id.
     */
    public long startEstablishment(String actor, long establishmentId, RunTrigger trigger) {
        staff.requireRole(actor, establishmentId, StaffRole.HEAD, StaffRole.DELEGATE, StaffRole.ACADEMY);
        return start(actor, trigger, scope.academyOf(establishmentId), Set.of(establishmentId));
    }

    /**
     * A run of every establishment of the actor's académie that has exports waiting (académie administrator only),
     * partitioned over the batch threads. Returns the run id.
     */
    public long startAcademy(String actor, RunTrigger trigger) {
        return start(actor, trigger, staff.requireAcademyAdministrator(actor), Set.of());
    }

    /**
     * The nightly run of an académie (R-REPL-1), started by the scheduler: no user, hence no role to check. Not for
     * the console or the API, which go through {@link #startAcademy}.
     */
    public long startNightly(long academyId) {
        return start(NIGHTLY_ACTOR, RunTrigger.NIGHTLY, academyId, Set.of());
    }

    /**
     * Resumes a FAILED run (stopped, failed, or interrupted by a crash of the server, see {@link ReplicationRecovery}):
     * establishments done are not replicated again; the others go on after their last committed chunk. The actor must
     * see every establishment of the run.
     *
     * <p>A new execution of the job, not a restart of the last one: an execution killed with the server stays STARTED
     * in the batch runtime's repository, which then refuses to restart it; and the job keeps its position in the run's
     * own tables, committed with each chunk (see {@link ExportFileReader}).
     */
    public void restart(String actor, long runId) {
        RunDetail run = runs.detail(actor, runId);
        if (run.schools().size() < run.summary().establishments()) {
            throw new AccessDeniedException("Ce traitement concerne d'autres établissements que les vôtres : "
                    + "seul un administrateur académique peut le reprendre.");
        }
        if (run.summary().status() != RunStatus.FAILED) {
            throw new RunNotRestartable("Seul un traitement en échec ou interrompu peut être repris (le traitement n° "
                    + runId + " est " + (run.summary().running() ? "en cours" : "terminé") + ").");
        }
        engine.resume(runId);
        launch(runId);
    }

    private long start(String actor, RunTrigger trigger, long academyId, Set<Long> establishments) {
        long runId = engine.openRun(actor, trigger, academyId, establishments);
        launch(runId);
        return runId;
    }

    private void launch(long runId) {
        long execution;
        try {
            execution = BatchRuntime.getJobOperator().start(JOB, parameters(runId));
        } catch (RuntimeException e) {
            // Without its job the run would stay RUNNING and block the next ones.
            engine.finish(runId, RunStatus.FAILED);
            throw e;
        }
        engine.attachJob(runId, execution);
    }

    private Properties parameters(long runId) {
        Properties parameters = new Properties();
        parameters.setProperty(RUN_ID, Long.toString(runId));
        parameters.setProperty("threads",
                Integer.toString(Math.max(1, threads.orElse(Runtime.getRuntime().availableProcessors()))));
        parameters.setProperty("chunk", Integer.toString(Math.max(1, chunk)));
        return parameters;
    }
}

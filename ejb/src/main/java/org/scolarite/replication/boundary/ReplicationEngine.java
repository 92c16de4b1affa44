package org.scolarite.replication.boundary;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.scolarite.account.boundary.AccountService;
import org.scolarite.platform.control.DataChanges;
import org.scolarite.replication.control.AccountEffects;
import org.scolarite.replication.control.DropZone;
import org.scolarite.replication.control.ExportFiles;
import org.scolarite.replication.control.ReplicationFeed;
import org.scolarite.replication.control.Replicator;
import org.scolarite.replication.control.ServerInstance;
import org.scolarite.replication.control.SourceReader;
import org.scolarite.replication.entity.RunStatus;
import org.scolarite.replication.entity.RunTrigger;
import org.scolarite.replication.entity.SourceItem;

/**
 * The replication's writing side, driven by the batch job (one partition per establishment): opens a run, pins each
 * establishment's exports, writes the items of each file chunk by chunk in the chunk's transaction (idempotent
 * upserts keyed by the source ids; unchanged records cost no write), then reconciles (departures) and applies the
 * effects on accounts (pre-creation, continuity of access).
 *
 * <p>The work is done by {@link Replicator} with JDBC batching on the {@code jdbc/teleservices} connection enlisted in
 * the caller's transaction; the feeds are the {@link ReplicationFeed} beans (the SPI later feeds plug into).
 */
@Stateless
public class ReplicationEngine {

    private static final Logger LOG = Logger.getLogger(ReplicationEngine.class.getName());

    /** The actor of the account history rows the replication writes (R-ACC-1). */
    public static final String ACTOR = "réplication";

    /** Accounts a slice creates before the tables' statistics are refreshed (then each time it doubles them). */
    private static final int STATISTICS_STEP = 10_000;

    @Resource(lookup = "jdbc/teleservices")
    private DataSource dataSource;

    @Inject
    private Clock clock;

    @Inject
    private DropZone dropZone;

    @Inject
    @Any
    private Instance<ReplicationFeed> feeds;

    @Inject
    private AccountService accounts;

    /** Itself through the container, for the pre-creation pages' own transactions. */
    @EJB
    private ReplicationEngine self;

    /**
     * Records a new RUNNING run for these establishments of the académie ({@code establishmentIds} empty: every
     * establishment of the académie that has exports waiting in its drop zone). Throws
     * {@link ReplicationAlreadyRunning} when a running run covers one of them. Commits in its own transaction.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public long openRun(String actor, RunTrigger trigger, long academyId, Set<Long> establishmentIds) {
        try {
            return withReplicator(r -> {
                long runId = r.openRun(actor, trigger, academyId, establishmentIds);
                r.runOn(runId, ServerInstance.name());
                return runId;
            });
        } catch (Replicator.EstablishmentBusy busy) {
            throw new ReplicationAlreadyRunning(busy.runId());
        }
    }

    /** The batch execution running the run (for restart and supervision). */
    public void attachJob(long runId, long executionId) {
        withReplicator(r -> {
            r.attachJob(runId, executionId);
            return null;
        });
    }

    /** The run's establishments still to replicate (not DONE nor FAILED), in a stable order: the partition plan. */
    public List<Long> establishmentsToReplicate(long runId) {
        return withReplicator(r -> r.establishmentsToReplicate(runId));
    }

    /**
     * Moves the establishment's waiting exports into the run (unzipped) the first time; afterwards (restart) returns the
     * same files. Ordered as they must be replicated (nomenclature, STS, pupils, guardians, then later feeds).
     */
    public List<PinnedFile> pin(long runId, long establishmentId) {
        return withReplicator(r -> r.pin(runId, establishmentId)).stream()
                .map(p -> new PinnedFile(p.path(), p.feed(), p.name())).toList();
    }

    /** Opens the reader of a pinned file, checking its UAI against the establishment's (and its school year). */
    public SourceReader open(PinnedFile file, long establishmentId) {
        return withReplicator(r -> r.open(pinned(file), establishmentId));
    }

    /** Writes one chunk of one file's items, in the caller's (chunk) transaction; counts and rejections included. */
    public void write(long runId, long establishmentId, PinnedFile file, List<SourceItem> items) {
        withReplicator(r -> {
            r.write(runId, establishmentId, pinned(file), items);
            return null;
        });
        DataChanges.changed();
    }

    /**
     * After every file of the establishment was read: departures (pupils absent from a complete pupils file) and the
     * feeds' other conclusions; the establishment becomes DONE (or FAILED when one of its files failed).
     */
    public void reconcile(long runId, long establishmentId) {
        withReplicator(r -> {
            r.reconcile(runId, establishmentId);
            return null;
        });
        DataChanges.changed();
    }

    /**
     * R-ACC-7, the first effect of the run on accounts, over all its establishments: continuity for the pupils who
     * arrived from another establishment of the académie (each in its own transaction), before any pre-creation would
     * give them new accounts. Safe to call again after a crash. Returns the accounts that followed their pupil.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int continueAccesses(long runId) {
        int moved = 0;
        for (long[] arrival : withConnection(c -> {
            AccountEffects effects = new AccountEffects(c, now(), ACTOR);
            effects.refreshStaleStatistics(AccountEffects.QUERIED_TABLES);
            return effects.arrivals(runId);
        })) {
            try {
                moved += self.continueAccess(arrival[0], arrival[1]);
            } catch (RuntimeException e) {
                // One family's refusal (e.g. accounts changed meanwhile) must not deprive the others of theirs.
                LOG.log(Level.WARNING, "Continuité d'accès non appliquée de l'élève " + arrival[0] + " vers "
                        + arrival[1], e);
            }
        }
        DataChanges.changed();
        return moved;
    }

    /**
     * R-ACC-1, after {@link #continueAccesses}: pre-creation of the missing accounts of the run's establishments whose
     * identifier base falls in the slice (see {@link AccountEffects.Slice}: slices run in parallel without competing),
     * establishment by establishment, each in a transaction of its own. Safe to call again after a crash. Returns the
     * accounts created.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int preCreateAccounts(long runId, AccountEffects.Slice slice) {
        int created = 0;
        int analysed = 0;
        for (long establishment : withConnection(c -> new AccountEffects(c, now(), ACTOR).establishments(runId))) {
            created += self.preCreateEstablishment(establishment, slice);
            // An académie's first load multiplies the accounts: statistics each time the slice has doubled them.
            if (created - analysed >= Math.max(STATISTICS_STEP, analysed)) {
                withConnection(c -> {
                    new AccountEffects(c, now(), ACTOR).refreshStatistics("account", "account_student");
                    return null;
                });
                analysed = created;
            }
        }
        DataChanges.changed();
        return created;
    }

    /** R-ACC-7, one arrival in its own transaction: his accounts in use follow him from tomorrow (D+1). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int continueAccess(long formerStudentId, long arrivedStudentId) {
        return accounts.transferStudent(formerStudentId, arrivedStudentId, ACTOR);
    }

    /** R-ACC-1, an establishment's pupils then their guardians (the slice's share), in one transaction. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int preCreateEstablishment(long establishmentId, AccountEffects.Slice slice) {
        return withConnection(c -> {
            AccountEffects effects = new AccountEffects(c, now(), ACTOR);
            return effects.preCreateStudents(establishmentId, slice) + effects.preCreateGuardians(establishmentId, slice);
        });
    }

    /** Ends the run with the job's outcome (FAILED when the job failed or was stopped: it can be restarted). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void finish(long runId, RunStatus jobOutcome) {
        withReplicator(r -> {
            r.finish(runId, jobOutcome);
            return null;
        });
    }

    /** A FAILED run, to be resumed by a new execution of the job on this server: back to RUNNING. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void resume(long runId) {
        try {
            withReplicator(r -> {
                r.resume(runId);
                r.runOn(runId, ServerInstance.name());
                return null;
            });
        } catch (Replicator.EstablishmentBusy busy) {
            throw new ReplicationAlreadyRunning(busy.runId());
        }
    }

    /**
     * At this server's start-up: the runs it left RUNNING were interrupted by a crash (no job of theirs survived it).
     * Each becomes FAILED and releases its establishments, so that it can be resumed from its last committed chunks
     * and other runs are no longer refused. Returns the runs so ended.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<Long> failInterruptedRuns() {
        return withReplicator(r -> {
            List<Long> interrupted = r.interruptedRuns(ServerInstance.name());
            for (long runId : interrupted) {
                r.finish(runId, RunStatus.FAILED);
            }
            return interrupted;
        });
    }

    /** How many items of each pinned file (by path) the run has committed for the establishment: where to read on. */
    public Map<String, Long> committedItems(long runId, long establishmentId) {
        return withReplicator(r -> r.committedItems(runId, establishmentId));
    }

    private static Replicator.Pinned pinned(PinnedFile file) {
        return new Replicator.Pinned(file.path(), file.feed(), file.name());
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }

    private interface Work<T> {
        T apply(Connection connection) throws SQLException;
    }

    private interface ReplicatorWork<T> {
        T apply(Replicator replicator) throws SQLException;
    }

    private <T> T withReplicator(ReplicatorWork<T> work) {
        return withConnection(c -> work.apply(new Replicator(c, now(), dropZone, ExportFiles.SIECLE, feeds)));
    }

    /** The data source's connection, enlisted in the current transaction (closing it returns it to the pool). */
    private <T> T withConnection(Work<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            return work.apply(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("Réplication : erreur de base de données (" + e.getMessage() + ")", e);
        }
    }

    /**
     * One export file pinned into a run: its path (as a string, Serializable as the job's items), its feed code
     * ({@code NOMENCLATURE}, {@code STS}, {@code PUPILS}, {@code GUARDIANS}, later {@code GRADES}…) and its name as
     * deposited.
     */
    public record PinnedFile(String path, String feed, String name) implements java.io.Serializable {
    }
}

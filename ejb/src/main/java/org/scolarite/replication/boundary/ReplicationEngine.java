package org.scolarite.replication.boundary;

import jakarta.ejb.Stateless;
import java.util.List;
import java.util.Set;
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
 * <p>SKELETON of the B1 contract: the engine helper implements it; the batch helper calls it.
 */
@Stateless
public class ReplicationEngine {

    /**
     * Records a new RUNNING run for these establishments of the académie ({@code establishmentIds} empty: every
     * establishment of the académie that has exports waiting in its drop zone). Throws
     * {@link ReplicationAlreadyRunning} when a running run covers one of them. Commits in its own transaction.
     */
    public long openRun(String actor, RunTrigger trigger, long academyId, Set<Long> establishmentIds) {
        throw new UnsupportedOperationException("B1");
    }

    /** The batch execution running the run (for restart and supervision). */
    public void attachJob(long runId, long executionId) {
        throw new UnsupportedOperationException("B1");
    }

    /** The run's establishments still to replicate (not DONE nor FAILED), in a stable order: the partition plan. */
    public List<Long> establishmentsToReplicate(long runId) {
        throw new UnsupportedOperationException("B1");
    }

    /**
     * Moves the establishment's waiting exports into the run (unzipped) the first time; afterwards (restart) returns the
     * same files. Ordered as they must be replicated (nomenclature, STS, pupils, guardians, then later feeds).
     */
    public List<PinnedFile> pin(long runId, long establishmentId) {
        throw new UnsupportedOperationException("B1");
    }

    /** Opens the reader of a pinned file, checking its UAI against the establishment's. */
    public SourceReader open(PinnedFile file, long establishmentId) {
        throw new UnsupportedOperationException("B1");
    }

    /** Writes one chunk of one file's items, in the caller's (chunk) transaction; counts and rejections included. */
    public void write(long runId, long establishmentId, PinnedFile file, List<SourceItem> items) {
        throw new UnsupportedOperationException("B1");
    }

    /**
     * After every file of the establishment was read: departures (pupils absent from a complete pupils file) and the
     * feeds' other conclusions; the establishment becomes DONE (or FAILED when one of its files failed).
     */
    public void reconcile(long runId, long establishmentId) {
        throw new UnsupportedOperationException("B1");
    }

    /**
     * Effects of the run on accounts (R-ACC-1, R-ACC-7): continuity for pupils who arrived from another establishment of
     * the académie, then pre-creation of the missing accounts. Safe to call again after a crash. Returns accounts
     * touched.
     */
    public int applyToAccounts(long runId) {
        throw new UnsupportedOperationException("B1");
    }

    /** Ends the run with the job's outcome (FAILED when the job failed or was stopped: it can be restarted). */
    public void finish(long runId, RunStatus jobOutcome) {
        throw new UnsupportedOperationException("B1");
    }

    /** A FAILED run is resumed by a new execution: back to RUNNING. Returns the execution to restart. */
    public long resume(long runId) {
        throw new UnsupportedOperationException("B1");
    }

    /**
     * One export file pinned into a run: its path (as a string, to stay Serializable in checkpoints), its feed code
     * ({@code NOMENCLATURE}, {@code STS}, {@code PUPILS}, {@code GUARDIANS}, later {@code GRADES}…) and its name as
     * deposited.
     */
    public record PinnedFile(String path, String feed, String name) implements java.io.Serializable {
    }
}

/**
 * R-REPL-1, R-REPL-2: the nightly replication from the SIECLE/BEE exports as the Jakarta Batch job {@code replication}
 * (job parameter {@code runId}), started by {@link org.scolarite.batch.replication.ReplicationLauncher} (console, API)
 * and {@link org.scolarite.batch.replication.NightlyReplication} (every night, {@code
 * TELESERVICES_REPLICATION_NIGHTLY_TIME}, default 01:30 Europe/Paris, before the housekeeping at 02:30).
 *
 * <p>Decisions. Step {@code feeds}: one partition per establishment of the run ({@code
 * ReplicationEngine.establishmentsToReplicate}), the largest first, {@code TELESERVICES_REPLICATION_THREADS} at once
 * (default: the cores); its reader pins the establishment's exports and streams each file's items; a chunk ({@code
 * TELESERVICES_REPLICATION_CHUNK} items, default 3000) is written by the engine in the chunk's transaction, so the
 * records, rejections, counts and the number of items committed per file commit together. That number, not the batch
 * runtime's checkpoint (kept in another data source, so possibly out of step after a crash), is where a resumed run
 * reads on from: no duplicate, no loss. A resumed run is a new execution of the job (an execution killed with the
 * server stays STARTED in the runtime's repository, which refuses to restart it); {@link
 * org.scolarite.batch.replication.ReplicationRecovery} marks the runs a crash interrupted as FAILED when the server
 * starts again. A broken file (malformed, wrong UAI, reader or opening exception) is a {@code FileFailure} item
 * recorded by the engine: its establishment ends FAILED, the partition and the other establishments go on. An
 * exception while writing (database fault) rolls the chunk back and fails that partition only: the others run to
 * their end, then the job is FAILED and the run can be resumed, which redoes the failed partition after its last
 * committed chunk. Step {@code reconcile}: partitioned batchlet (departures, DONE/FAILED). Step {@code continuity}:
 * R-ACC-7 over the whole run. Step {@code accounts}: the pre-creation (R-ACC-1), one partition per slice of identifier
 * bases. The listener ends the run with the job's outcome (a stop counts as a failure, to be resumed). The nightly
 * run opens a run per académie even when no export waits (it then ends at once with no establishment): the
 * supervision page shows that the night ran.
 */
package org.scolarite.batch.replication;

/**
 * R-REPL-1, R-REPL-2: the nightly replication from the SIECLE/BEE exports as the restartable Jakarta Batch job
 * {@code replication} (job parameter {@code runId}), started by {@link
 * org.scolarite.batch.replication.ReplicationLauncher} (console, API) and {@link
 * org.scolarite.batch.replication.NightlyReplication} (every night, {@code TELESERVICES_REPLICATION_NIGHTLY_TIME},
 * default 01:30 Europe/Paris, before the housekeeping at 02:30).
 *
 * <p>Decisions. Step {@code feeds}: one partition per establishment of the run ({@code
 * ReplicationEngine.establishmentsToReplicate}), {@code TELESERVICES_REPLICATION_THREADS} at once (default: the
 * cores); its reader pins the establishment's exports and streams each file's items; a chunk ({@code
 * TELESERVICES_REPLICATION_CHUNK} items, default 1000) is written by the engine in the chunk's transaction, so the
 * records, rejections and counts commit with the reader's checkpoint (file index, items consumed in that file). A
 * restart keeps the partitions (no override) and each reopens its file and skips the committed items: no duplicate,
 * no loss. A broken file (malformed, wrong UAI, reader or opening exception) is a {@code FileFailure} item recorded by
 * the engine: its establishment ends FAILED, the partition and the other establishments go on. An exception while
 * writing (database fault) rolls the chunk back and fails that partition only: the others run to their end, then the
 * job is FAILED and the run can be restarted, which redoes the failed partition from its last checkpoint. Step {@code
 * reconcile}: partitioned batchlet (departures, DONE/FAILED), replanned on restart (idempotent). Step {@code
 * accounts}: continuity and pre-creation over the whole run (R-ACC-1, R-ACC-7). The listener ends the run with the
 * job's outcome (a stop counts as a failure, to be restarted).
 */
package org.scolarite.batch.replication;

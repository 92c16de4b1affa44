package org.scolarite.replication.entity;

/**
 * A replication run: running; completed (every establishment replicated, rejections possibly reported); completed
 * with failures (at least one establishment's file failed, the others were replicated); failed (the job itself
 * stopped: crash, stop — it can be restarted).
 */
public enum RunStatus {
    RUNNING, COMPLETED, COMPLETED_WITH_FAILURES, FAILED
}

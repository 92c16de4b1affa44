package org.scolarite.replication.entity;

/** One establishment inside a run: waiting for its turn, being replicated, done, its file failed, nothing to read. */
public enum SchoolRunStatus {
    WAITING, RUNNING, DONE, FAILED, NO_FILE
}

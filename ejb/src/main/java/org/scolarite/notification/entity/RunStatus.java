package org.scolarite.notification.entity;

/** Where a notification run stands (R-JOB-2): still going (a whole-school job), finished, or stopped by a failure. */
public enum RunStatus {
    RUNNING, DONE, FAILED
}

package org.scolarite.replication.entity;

/** Why a replication run started: the nightly schedule, a user in the console, the API, a file deposited. */
public enum RunTrigger {
    NIGHTLY, CONSOLE, API
}

package org.scolarite.signin.entity;

/** What a failed credential check is counted against. */
public enum FailureScope {
    /** The identifier as typed (normalised), whether an account has it or not. */
    IDENTIFIER,
    /** The client's IP address. */
    ADDRESS
}

package org.scolarite.replication.entity;

/**
 * A record the replication did not take as it was, with its reason in French for the school. {@code recordKept} tells
 * an anomaly (the record was still replicated, e.g. a pupil with three level-1 guardians, accounts only for two) from a
 * rejection (the record was left out, e.g. a pupil without a birth date).
 */
public record Rejection(SourceLocation location, String reason, boolean recordKept) implements SourceItem {

    public static Rejection rejected(SourceLocation location, String reason) {
        return new Rejection(location, reason, false);
    }

    public static Rejection anomaly(SourceLocation location, String reason) {
        return new Rejection(location, reason, true);
    }
}

package org.scolarite.replication.boundary;

/**
 * The counts of one feed (one export file) of one establishment in a run. {@code feed} is the feed's code
 * ({@code NOMENCLATURE}, {@code STS}, {@code PUPILS}, {@code GUARDIANS}, later {@code GRADES}…); {@code failure} the
 * reason its file failed, null when it was read to its end.
 */
public record FeedCount(String feed, String file, long read, long created, long updated, long unchanged,
                        long departed, long rejected, String failure) {
}

package org.scolarite.replication.entity;

/**
 * The file could not be read to its end (malformed XML, wrong encoding, UAI of another establishment, unknown root):
 * what came before was written, nothing after it; a feed whose file failed never concludes that the records it did not
 * reach disappeared (no departures from a truncated pupils file).
 */
public record FileFailure(SourceLocation location, String reason) implements SourceItem {
}

package org.scolarite.batch.replication;

import java.io.Serializable;
import org.scolarite.replication.boundary.ReplicationEngine.PinnedFile;
import org.scolarite.replication.entity.SourceItem;

/** One chunk item of the {@code feeds} step: an item of a pinned export file, with the file it came from. */
record FeedItem(PinnedFile file, SourceItem item) implements Serializable {
}

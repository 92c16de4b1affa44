package org.scolarite.batch.replication;

import java.io.Serializable;

/**
 * The checkpoint of one establishment's partition: the index of the pinned file being read and how many of its items
 * were committed. Readers give the same items in the same order, so a restart reopens that file and skips them. The
 * establishment is kept to check that the restarted partition is the one that wrote the checkpoint.
 */
record FilePosition(long establishmentId, int file, long consumed) implements Serializable {
}

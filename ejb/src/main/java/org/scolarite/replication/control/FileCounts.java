package org.scolarite.replication.control;

/** What one chunk of one file did, added to the file's counts in the chunk's own transaction. */
public final class FileCounts {

    public long read;
    public long created;
    public long updated;
    public long unchanged;
    public long departed;
    public long rejected;

    /** Classifies and counts one record against its stored row (if any) and that row's digest. */
    public Change classify(boolean stored, String storedHash, String newHash) {
        Change change = Change.of(stored, storedHash, newHash);
        switch (change) {
            case CREATED -> created++;
            case UPDATED -> updated++;
            case UNCHANGED -> unchanged++;
        }
        return change;
    }

    /** A record against what the database holds: new, changed, or identical (no write at all). */
    public enum Change {
        CREATED, UPDATED, UNCHANGED;

        /** A stored row without digest (a departed pupil, a row not replicated yet) is rewritten. */
        public static Change of(boolean stored, String storedHash, String newHash) {
            if (!stored) {
                return CREATED;
            }
            return newHash.equals(storedHash) ? UNCHANGED : UPDATED;
        }
    }
}

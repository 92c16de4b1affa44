package org.scolarite.account.boundary;

import java.io.Serializable;

/**
 * A selected line handed to the notification services: the pupil, the guardian (null for the pupil's own account),
 * and the account with the version the screen showed (null when there was none). The services notify it only if it
 * is still that version: two administrators notifying the same division at once never notify anyone twice.
 */
public record Couple(long studentId, Long guardianId, Long accountId, Long accountVersion) implements Serializable {

    /** The line's key in a table and in a selection: « g12:s34 » for a guardian's couple, « s34 » for a pupil. */
    public String key() {
        return guardianId == null ? "s" + studentId : "g" + guardianId + ":s" + studentId;
    }
}

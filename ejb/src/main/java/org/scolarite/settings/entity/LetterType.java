package org.scolarite.settings.entity;

/** Which address the notification letters give, and whether the portal links to the ENT (R-SET-3). */
public enum LetterType {
    /** Letters give the portal's address; no ENT link on the portal. The default. */
    TELESERVICES,
    /** Letters give the portal's address; the portal shows a link to the ENT. */
    MIXED,
    /** Letters give the ENT's address only. */
    ENT_ONLY;

    public boolean needsEnt() {
        return this != TELESERVICES;
    }
}

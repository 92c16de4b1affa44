package org.scolarite.infosheet.boundary;

import java.io.Serializable;
import java.time.LocalDateTime;
import org.scolarite.infosheet.entity.SheetField;

/** A line of the console's list of pending changes (R-FICHE-1). */
public record PendingChange(long id, String pupil, String division, String guardian, String legalRank,
                            SheetField field, String oldValue, String newValue, LocalDateTime submittedAt)
        implements Serializable {
}

package org.scolarite.notification.boundary;

import java.io.Serializable;
import java.time.LocalDateTime;
import org.scolarite.notification.entity.LetterPart;

/**
 * One letter part as the settings screen shows it (R-SET-4): its template (the school's or the default), whether the
 * school changed it, the revision a save is based on (optimistic locking), who saved it last and when, and whether
 * this user may change it.
 */
public record LetterTemplateView(LetterPart part, String html, boolean customised, int revision, String changedBy,
                                 LocalDateTime changedAt, boolean editable) implements Serializable {
}

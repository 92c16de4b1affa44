package org.scolarite.replication.entity;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.scolarite.schoollife.entity.SchoolLifeKind;

/**
 * One event of {@code VieScolaire.xml} (root {@code TS_VIE_SCOLAIRE}, docs/feeds/vie-scolaire.md), whatever its kind;
 * the fields a kind does not have are null. {@code exportId} is the export's id of the event within its kind.
 */
public record SchoolLifeRecord(SourceLocation location, SchoolLifeKind kind, String exportId, String pupilSourceId,
                               LocalDate date, LocalDateTime startsAt, LocalDateTime endsAt, Integer halfDays,
                               Integer minutes, Boolean justified, String label, String reason, Boolean publishable,
                               Boolean familyNotified) implements SourceItem {

    /** The stored key: the kind's prefix and the export's id ({@code ABS:1001}). */
    public String sourceId() {
        return kind.sourceId(exportId);
    }
}

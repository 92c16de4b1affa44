package org.scolarite.replication.entity;

import java.time.LocalDate;

/** {@code Nomenclature.xml MEFS/MEF}: the national track nomenclature (11-character code, MEFSTAT grouping). */
public record MefRecord(SourceLocation location, String code, String formation, String longLabel,
                        String editionLabel, String attachedMefCode, String mefstat, String status,
                        LocalDate openedOn, LocalDate closedOn) implements SourceItem {
}

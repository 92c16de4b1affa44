package org.scolarite.replication.entity;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One invoice of {@code Factures.xml} (root {@code TS_FACTURES}, docs/feeds/factures.md): addressed for a pupil
 * ({@code ELEVE_ID}), amounts exact to the cent; {@code paidElsewhere} is what the accounting received by other means
 * than the online payment.
 */
public record InvoiceRecord(SourceLocation location, String sourceId, String pupilSourceId, String number,
                            String label, LocalDate issuedOn, LocalDate dueOn, BigDecimal amount,
                            BigDecimal paidElsewhere) implements SourceItem {
}

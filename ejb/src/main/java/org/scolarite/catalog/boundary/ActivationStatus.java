package org.scolarite.catalog.boundary;

import java.time.LocalDate;

/** R-SVC-1: whether and when the establishment activated the téléservices. */
public record ActivationStatus(boolean activated, LocalDate activatedOn, String activatedBy) {
}

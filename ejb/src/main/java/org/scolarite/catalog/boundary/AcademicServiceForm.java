package org.scolarite.catalog.boundary;

import java.util.Set;
import org.scolarite.catalog.entity.Audience;

/** What the académie administrator types for one of its services; {@code version} guards concurrent edits. */
public record AcademicServiceForm(String label, String url, Audience audience, boolean mandatory,
                                  boolean experimental, Set<Long> pilotEstablishmentIds, long version) {
}

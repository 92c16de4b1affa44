package org.scolarite.demo.control.siecle;

/**
 * Where a fault was written: the establishment, the file (its name, also inside a zip), the source key it concerns
 * ({@code ELEVE_ID}, {@code PERSONNE_ID}, or the foreign UAI) and the line it starts on (1-based).
 */
public record AppliedFault(ExportFault fault, String uai, String file, String key, int line) {
}

package org.scolarite.replication.entity;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * The {@code PARAMETRES} block every SIECLE/BEE and STS-web export starts with: the establishment's UAI
 * ({@code UAJ}), the school year by its start year ({@code 2018} means 2018-2019), the export date and time stamp,
 * and the root element's {@code VERSION} attribute (null when absent).
 */
public record ExportHeader(ExportKind kind, String uai, int schoolYear, LocalDate exportDate, String timestamp,
                           String version) implements Serializable {
}

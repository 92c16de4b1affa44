package org.scolarite.replication.entity;

import java.io.Serializable;

/** SIECLE {@code ADRESSE}: up to four lines, postal code and town, INSEE code, country (code and label). */
public record AddressRecord(String sourceId, String line1, String line2, String line3, String line4,
                            String postalCode, String postalLabel, String inseeCode, String departmentCode,
                            String countryCode, String countryLabel, String foreignTown) implements Serializable {
}

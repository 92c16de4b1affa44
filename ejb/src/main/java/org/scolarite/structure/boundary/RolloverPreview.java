package org.scolarite.structure.boundary;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * The dry run of a year rollover: the school year that would be created, the one under way, and what happens to each
 * establishment of the académie. Nothing was written to produce it.
 */
public record RolloverPreview(String year, LocalDate rentree, LocalDate end, String currentYear,
                              List<EstablishmentForecast> establishments) implements Serializable {

    public long pupils() {
        return establishments.stream().mapToLong(EstablishmentForecast::pupils).sum();
    }

    public long divisions() {
        return establishments.stream().mapToLong(EstablishmentForecast::divisions).sum();
    }

    public long continuingAccounts() {
        return establishments.stream().mapToLong(EstablishmentForecast::continuingAccounts).sum();
    }

    public long pendingAccounts() {
        return establishments.stream().mapToLong(EstablishmentForecast::pendingAccounts).sum();
    }
}

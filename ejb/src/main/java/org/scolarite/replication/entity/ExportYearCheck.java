package org.scolarite.replication.entity;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * An export is replicated only for the académie's current school year — the latest that has started — or for the next
 * one once the year rollover created it: an export of another year (a file left from last year, a year set wrongly in
 * the administration system) fails its file with the reason, and the rest of the establishment goes on.
 */
public final class ExportYearCheck {

    private ExportYearCheck() {
    }

    /**
     * @param rentreeByYear the académie's school years (start year → rentrée date)
     * @return the French reason the file fails, or empty when its year is accepted
     */
    public static Optional<String> refusal(int exportYear, Map<Integer, LocalDate> rentreeByYear, LocalDate today) {
        if (rentreeByYear.isEmpty()) {
            return Optional.of("Export de l'année " + label(exportYear)
                    + " : aucune année scolaire n'est ouverte dans l'académie.");
        }
        int current = rentreeByYear.entrySet().stream().filter(year -> !year.getValue().isAfter(today))
                .mapToInt(Map.Entry::getKey).max()
                .orElseGet(() -> rentreeByYear.keySet().stream().mapToInt(Integer::intValue).min().orElseThrow());
        if (exportYear == current || exportYear == current + 1 && rentreeByYear.containsKey(exportYear)) {
            return Optional.empty();
        }
        return Optional.of("Export de l'année " + label(exportYear) + " : l'année scolaire en cours de l'académie est "
                + label(current) + (exportYear == current + 1
                ? " et l'année suivante n'a pas encore été ouverte (bascule)." : ".")
                + " Le fichier n'est pas répliqué.");
    }

    /** 2026 → « 2026-2027 ». */
    public static String label(int startYear) {
        return startYear + "-" + (startYear + 1);
    }
}

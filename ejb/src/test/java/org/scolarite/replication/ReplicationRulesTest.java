package org.scolarite.replication;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.scolarite.replication.control.FileCounts;
import org.scolarite.replication.control.FileCounts.Change;
import org.scolarite.replication.control.SourceHash;
import org.scolarite.replication.entity.DepartureRule;
import org.scolarite.replication.entity.ExportYearCheck;

/** The replication's rules that need no database: classification, year check, departures (R-REPL-2). */
class ReplicationRulesTest {

    @Test
    @DisplayName("R-REPL-2: a record is created when not stored, unchanged when its digest is the same, else updated")
    void classification() {
        String digest = SourceHash.of("1001", "Dupont", LocalDate.of(2014, 3, 14));
        FileCounts counts = new FileCounts();

        assertThat(counts.classify(false, null, digest)).isEqualTo(Change.CREATED);
        assertThat(counts.classify(true, digest, SourceHash.of("1001", "Dupont", LocalDate.of(2014, 3, 14))))
                .isEqualTo(Change.UNCHANGED);
        assertThat(counts.classify(true, digest, SourceHash.of("1001", "Durand", LocalDate.of(2014, 3, 14))))
                .isEqualTo(Change.UPDATED);
        assertThat(counts.classify(true, null, digest)).as("a departed pupil has no digest: rewritten")
                .isEqualTo(Change.UPDATED);
        assertThat(new long[] {counts.created, counts.unchanged, counts.updated}).containsExactly(1, 1, 2);
    }

    @Test
    @DisplayName("R-REPL-2: the digest tells null from empty and keeps fields apart")
    void digest() {
        assertThat(SourceHash.of("a", null)).isNotEqualTo(SourceHash.of("a", ""));
        assertThat(SourceHash.of("ab", "c")).isNotEqualTo(SourceHash.of("a", "bc"));
        assertThat(SourceHash.of("x")).hasSize(44);
    }

    @Test
    @DisplayName("R-REPL-2: an export of the current school year, or of the next once it exists, is accepted")
    void schoolYear() {
        Map<Integer, LocalDate> years = Map.of(2026, LocalDate.of(2026, 9, 1));
        LocalDate today = LocalDate.of(2026, 11, 30);

        assertThat(ExportYearCheck.refusal(2026, years, today)).isEmpty();
        assertThat(ExportYearCheck.refusal(2027, years, today)).get().asString()
                .startsWith("Export de l'année 2027-2028 : l'année scolaire en cours de l'académie est 2026-2027")
                .contains("bascule");
        assertThat(ExportYearCheck.refusal(2025, years, today)).get().asString()
                .startsWith("Export de l'année 2025-2026 :");
        Map<Integer, LocalDate> afterRollover = Map.of(2026, LocalDate.of(2026, 9, 1), 2027, LocalDate.of(2027, 9, 1));
        assertThat(ExportYearCheck.refusal(2027, afterRollover, LocalDate.of(2027, 7, 10))).isEmpty();
        assertThat(ExportYearCheck.refusal(2026, afterRollover, LocalDate.of(2027, 9, 2))).isPresent();
        assertThat(ExportYearCheck.refusal(2026, Map.of(), today)).get().asString().contains("aucune année");
    }

    @Test
    @DisplayName("R-REPL-2: a rejection naming an ELEVE_ID tells that the pupil was in the file")
    void rejectionKeys() {
        assertThat(DepartureRule.pupilSourceId("ELEVE_ID=4567")).contains("4567");
        assertThat(DepartureRule.pupilSourceId("ELEVE ELEVE_ID=4567 ELENOET=12")).contains("4567");
        assertThat(DepartureRule.pupilSourceId("PERSONNE_ID=12")).isEmpty();
        assertThat(DepartureRule.pupilSourceId(null)).isEmpty();
    }
}

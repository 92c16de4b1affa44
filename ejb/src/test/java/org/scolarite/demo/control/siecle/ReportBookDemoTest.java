package org.scolarite.demo.control.siecle;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scolarite.replication.control.SourceReader;
import org.scolarite.replication.control.siecle.SiecleExports;
import org.scolarite.replication.entity.LslExamRecord;
import org.scolarite.replication.entity.LslYearRecord;
import org.scolarite.replication.entity.LsuCycleRecord;
import org.scolarite.replication.entity.LsuReportRecord;
import org.scolarite.replication.entity.Rejection;
import org.scolarite.replication.entity.SourceItem;

class ReportBookDemoTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 1, 6, 0);

    @TempDir
    Path inbox;

    private static List<SourceItem> read(Path file, String uai) {
        List<SourceItem> items = new ArrayList<>();
        try (SourceReader reader = SiecleExports.open(file, uai)) {
            for (SourceItem item = reader.next(); item != null; item = reader.next()) {
                items.add(item);
            }
        }
        return items;
    }

    @Test
    @DisplayName("R-LSU-1, R-LSL-1: the demo's book feeds are read without a rejection, hold what was seeded plus "
            + "one deliberate fault each, and give the showcase pupil (Léa, 6e) a report and her cycle 2 assessment")
    void demoFeeds() throws Exception {
        ReportBookDemo.deposit(inbox, 20260901L, NOW);
        List<ReportBookDemo.SchoolBooks> seeded = ReportBookDemo.generate(20260901L, NOW.toLocalDate());

        Path lsu = inbox.resolve("0140070A").resolve(ReportBookDemo.LSU_FILE);
        Path lsl = inbox.resolve(seeded.get(1).uai()).resolve(ReportBookDemo.LSL_FILE);
        assertThat(Files.exists(lsu)).isTrue();
        List<SourceItem> college = read(lsu, "0140070A");
        List<SourceItem> lycee = read(lsl, seeded.get(1).uai());
        assertThat(college).noneMatch(Rejection.class::isInstance);
        assertThat(lycee).noneMatch(Rejection.class::isInstance);
        assertThat(college).hasSize(seeded.get(0).records().size() + 1);
        assertThat(lycee).hasSize(seeded.get(1).records().size() + 1);

        String lea = ((LsuReportRecord) seeded.get(0).records().get(0)).pupilId();
        assertThat(college).filteredOn(LsuReportRecord.class::isInstance).map(LsuReportRecord.class::cast)
                .filteredOn(r -> r.pupilId().equals(lea)).singleElement()
                .satisfies(r -> assertThat(r.periodCode()).isEqualTo("T1"));
        assertThat(college).filteredOn(LsuCycleRecord.class::isInstance).map(LsuCycleRecord.class::cast)
                .filteredOn(r -> r.pupilId().equals(lea)).singleElement()
                .satisfies(r -> assertThat(r.cycle()).isEqualTo(2));
        assertThat(lycee).filteredOn(LslExamRecord.class::isInstance).isNotEmpty();
        assertThat(lycee).filteredOn(LslYearRecord.class::isInstance).map(LslYearRecord.class::cast)
                .extracting(LslYearRecord::level).contains("PREMIERE", "TERMINALE");
    }
}

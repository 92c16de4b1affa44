package org.scolarite.demo.control.siecle;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scolarite.demo.control.DemoScale;
import org.scolarite.demo.control.SchoolLifeDemo;
import org.scolarite.replication.control.SourceReader;
import org.scolarite.replication.control.siecle.SiecleExports;
import org.scolarite.replication.entity.Rejection;
import org.scolarite.replication.entity.SchoolLifeRecord;
import org.scolarite.replication.entity.SourceItem;
import org.scolarite.schoollife.entity.SchoolLifeKind;
import org.scolarite.schoollife.entity.SchoolLifePublication;

/** The demo's school-life events and their {@code VieScolaire.xml} (R-VS-1, R-REPL-2). */
class SchoolLifeExportsTest {

    @TempDir
    Path dir;

    @Test
    @DisplayName("R-VS-1 demo: only the collège (school-life module) gets a file; it reads back with no rejection but "
            + "the deliberate unknown pupil, the same events as the seeding generates")
    void exportReadsBack() {
        List<Path> files = SchoolLifeExports.write(ExportSinkTest.SEED, DemoScale.DEMO, ExportSinkTest.NOW.toLocalDate(),
                dir, ExportOptions.current(ExportSinkTest.NOW), ExportSinkTest.COLLEGE);

        assertThat(files).containsExactly(dir.resolve(ExportSinkTest.COLLEGE).resolve("VieScolaire.xml"));
        List<SourceItem> items = new ArrayList<>();
        try (SourceReader reader = SiecleExports.open(files.get(0), ExportSinkTest.COLLEGE)) {
            for (SourceItem item = reader.next(); item != null; item = reader.next()) {
                items.add(item);
            }
        }
        assertThat(items).noneMatch(Rejection.class::isInstance);
        List<SchoolLifeRecord> records = items.stream().map(SchoolLifeRecord.class::cast).toList();
        assertThat(records).filteredOn(r -> r.pupilSourceId().equals(SchoolLifeExports.UNKNOWN_PUPIL)).hasSize(1);
        SchoolLifeDemo demo = new SchoolLifeDemo(ExportSinkTest.SEED, ExportSinkTest.NOW.toLocalDate());
        assertThat(records).filteredOn(r -> r.pupilSourceId().equals("100001")).extracting(SchoolLifeRecord::sourceId)
                .containsExactlyInAnyOrderElementsOf(demo.events("100001", true).stream()
                        .map(e -> e.kind().sourceId(e.exportId())).toList());
        // a whole year of realistic events: every kind, most pupils absent at some point, some hidden
        assertThat(records).extracting(SchoolLifeRecord::kind).contains(SchoolLifeKind.values());
        assertThat(records.stream().filter(r -> r.kind() == SchoolLifeKind.ABSENCE)
                .map(SchoolLifeRecord::pupilSourceId).distinct().count()).isGreaterThan(300);
        assertThat(records).anyMatch(r -> !SchoolLifePublication.shown(r.kind(), r.publishable(), r.familyNotified()));
    }

    @Test
    @DisplayName("R-VS-1 demo: deterministic, from the rentrée to yesterday, school days only; the showcase pupil has "
            + "shown and hidden events of each flagged kind")
    void demoEvents() {
        SchoolLifeDemo demo = new SchoolLifeDemo(ExportSinkTest.SEED, ExportSinkTest.NOW.toLocalDate());
        List<SchoolLifeDemo.Event> lea = demo.events("100001", true);

        assertThat(lea).isEqualTo(new SchoolLifeDemo(ExportSinkTest.SEED, ExportSinkTest.NOW.toLocalDate())
                .events("100001", true));
        assertThat(lea).allSatisfy(e -> {
            assertThat(e.date()).isBefore(ExportSinkTest.NOW.toLocalDate()).isAfterOrEqualTo(
                    java.time.LocalDate.of(2026, 9, 1));
            assertThat(e.date().getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
        });
        for (SchoolLifeKind kind : List.of(SchoolLifeKind.ABSENCE, SchoolLifeKind.PUNISHMENT, SchoolLifeKind.SANCTION)) {
            assertThat(lea).filteredOn(e -> e.kind() == kind)
                    .extracting(e -> SchoolLifePublication.shown(e.kind(), e.publishable(), e.familyNotified()))
                    .as(kind.name()).contains(true, false);
        }
    }
}

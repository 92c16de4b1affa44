package org.scolarite.demo.control.siecle;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scolarite.replication.control.SourceReader;
import org.scolarite.replication.control.siecle.SiecleExports;
import org.scolarite.replication.entity.AssessmentRecord;
import org.scolarite.replication.entity.GradePeriodRecord;
import org.scolarite.replication.entity.Rejection;
import org.scolarite.replication.entity.SourceItem;

class NotesExportTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 30, 21, 0);
    private static final long SEED = 20260901L;

    @TempDir
    Path dir;

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
    @DisplayName("Demo Notes.xml: a school year of grades for both schools, read with no rejection; one deliberate "
            + "grade of an unknown pupil in the collège's file; same seed, same bytes")
    void demo_grades_feed() throws Exception {
        long grades = NotesExport.deposit(dir, SEED, NOW);
        assertThat(grades).isGreaterThan(20_000);
        Path college = dir.resolve(DemoExports.COLLEGE).resolve("Notes.xml");
        List<SourceItem> items = read(college, DemoExports.COLLEGE);
        assertThat(items).filteredOn(Rejection.class::isInstance).isEmpty();
        List<AssessmentRecord> assessments = items.stream().filter(AssessmentRecord.class::isInstance)
                .map(AssessmentRecord.class::cast).toList();
        assertThat(items).filteredOn(GradePeriodRecord.class::isInstance).isNotEmpty();
        assertThat(assessments).extracting(AssessmentRecord::assessedOn)
                .allMatch(day -> !day.isBefore(LocalDate.of(2026, 9, 1)) && day.isBefore(NOW.toLocalDate()));
        assertThat(assessments).extracting(AssessmentRecord::enteredOn).allMatch(day -> !day.isAfter(NOW.toLocalDate()));
        assertThat(assessments).anyMatch(a -> a.groupCode() != null);
        assertThat(assessments.stream().flatMap(a -> a.grades().stream()))
                .filteredOn(g -> g.pupilId().equals(NotesWriter.UNKNOWN_PUPIL)).hasSize(1);
        assertThat(assessments.stream().flatMap(a -> a.grades().stream()))
                .anyMatch(g -> "ABS".equals(g.status())).anyMatch(g -> "DIS".equals(g.status()));
        try (var schools = Files.list(dir)) {
            assertThat(schools.map(p -> p.resolve("Notes.xml")).filter(Files::exists)).hasSize(2);
        }

        Path again = dir.resolve("again");
        NotesExport.deposit(again, SEED, NOW);
        assertThat(Files.readAllBytes(again.resolve(DemoExports.COLLEGE).resolve("Notes.xml")))
                .isEqualTo(Files.readAllBytes(college));
    }
}

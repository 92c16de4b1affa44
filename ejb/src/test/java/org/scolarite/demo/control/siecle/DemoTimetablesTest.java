package org.scolarite.demo.control.siecle;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.scolarite.demo.control.DemoScale;
import org.scolarite.demo.control.siecle.DemoTimetables.Plan;
import org.scolarite.demo.control.siecle.DemoTimetables.PlannedCourse;
import org.scolarite.structure.entity.Division;
import org.scolarite.structure.entity.EstablishmentKind;
import org.scolarite.timetable.entity.Alternation;
import org.scolarite.timetable.entity.ChangeKind;
import org.scolarite.timetable.entity.WeeklyCourse;

class DemoTimetablesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    private final List<Plan> plans = DemoTimetables.plans(20260901L, DemoScale.DEMO, TODAY);

    @Test
    @DisplayName("R-EDT-2 demo: every division of both schools has a timetable, ids unique, same plan from the same seed")
    void everyDivisionHasATimetable() {
        assertThat(plans).hasSize(2);
        for (Plan plan : plans) {
            Set<String> ids = new HashSet<>();
            plan.courses().forEach(c -> assertThat(ids.add(c.id())).as(c.id()).isTrue());
            plan.changes().forEach(c -> assertThat(ids.add(c.id())).as(c.id()).isTrue());
            Set<Object> structures = plan.courses().stream().map(PlannedCourse::structure).collect(Collectors.toSet());
            assertThat(structures.stream().filter(s -> s instanceof Division).count()).isGreaterThan(5);
        }
        List<Plan> again = DemoTimetables.plans(20260901L, DemoScale.DEMO, TODAY);
        assertThat(again.get(0).courses().stream().map(c -> c.course().toString()).toList())
                .isEqualTo(plans.get(0).courses().stream().map(c -> c.course().toString()).toList());
    }

    @Test
    @DisplayName("R-EDT-2 demo: about 26 h a week of division courses and options in collège, about 30 in lycée, "
            + "no two courses of a division at once")
    void realisticHours() {
        for (Plan plan : plans) {
            boolean college = plan.establishment().getKind() == EstablishmentKind.COLLEGE;
            Map<Object, List<PlannedCourse>> byStructure = plan.courses().stream()
                    .collect(Collectors.groupingBy(PlannedCourse::structure));
            for (Map.Entry<Object, List<PlannedCourse>> entry : byStructure.entrySet()) {
                if (!(entry.getKey() instanceof Division division)) {
                    continue;
                }
                double hours = entry.getValue().stream().map(PlannedCourse::course)
                        .mapToDouble(c -> (c.end() - c.start()) / 60.0 * (c.alternation() == Alternation.EVERY_WEEK
                                ? 1 : 0.5)).sum();
                // the division's own courses; its pupils add their groups' (LV2, options, specialities)
                assertThat(hours).as(division.getCode()).isBetween(college ? 18.0 : 16.0, college ? 24.0 : 22.0);
                List<WeeklyCourse> courses = entry.getValue().stream().map(PlannedCourse::course).toList();
                for (WeeklyCourse a : courses) {
                    for (WeeklyCourse b : courses) {
                        if (a != b && a.day() == b.day() && a.start() < b.end() && b.start() < a.end()) {
                            assertThat(a.alternation()).as(division.getCode() + " " + a + " / " + b)
                                    .isNotEqualTo(b.alternation()).isNotEqualTo(Alternation.EVERY_WEEK);
                        }
                    }
                }
            }
            double groupHours = plan.courses().stream().filter(c -> !(c.structure() instanceof Division))
                    .filter(c -> c.structureCode().startsWith(college ? "6_" : "1G_"))
                    .mapToDouble(c -> (c.course().end() - c.course().start()) / 60.0).sum();
            assertThat(groupHours).isGreaterThan(college ? 5 : 12);
            assertThat(plan.changes()).extracting(c -> c.change().kind())
                    .contains(ChangeKind.CANCELLED, ChangeKind.MOVED, ChangeKind.ADDED);
        }
    }
}

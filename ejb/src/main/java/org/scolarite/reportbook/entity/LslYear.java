package org.scolarite.reportbook.entity;

import java.util.Arrays;
import java.util.List;

/** One school year of the LSL: its level, its disciplines and the CPE's observation (« Engagements »). */
public record LslYear(int schoolYear, LslLevel level, String engagement, List<Discipline> disciplines) {

    /** The disciplines of one group of the paper book. */
    public record Group(DisciplineGroup group, List<Discipline> disciplines) {
    }

    public LslYear {
        disciplines = List.copyOf(disciplines);
    }

    /** « Première — 2025-2026 ». */
    public String title() {
        return level.label() + " — " + SchoolYears.label(schoolYear);
    }

    /** The groups that have disciplines, in the book's order; disciplines in the feed's order within a group. */
    public List<Group> groups() {
        return Arrays.stream(DisciplineGroup.values())
                .map(g -> new Group(g, disciplines.stream().filter(d -> d.group() == g).toList()))
                .filter(g -> !g.disciplines().isEmpty()).toList();
    }
}

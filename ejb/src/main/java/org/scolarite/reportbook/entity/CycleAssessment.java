package org.scolarite.reportbook.entity;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The end-of-cycle assessment (bilan de fin de cycle) of the LSU (R-LSU-1): the level reached in each component of
 * the socle, and the synthesis of the teachers. The book always shows the eight components, in their order; one the
 * school did not assess shows without a level.
 */
public record CycleAssessment(int cycle, int schoolYear, String synthesis, Map<SocleComponent, MasteryLevel> levels) {

    /** One line of the assessment: the component and its level, null when not assessed. */
    public record ComponentLevel(SocleComponent component, MasteryLevel level) {
    }

    public CycleAssessment {
        levels = Map.copyOf(levels);
    }

    public List<ComponentLevel> components() {
        return Arrays.stream(SocleComponent.values()).map(c -> new ComponentLevel(c, levels.get(c))).toList();
    }

    /** « Bilan de fin de cycle 3 (2025-2026) ». */
    public String title() {
        return "Bilan de fin de cycle " + cycle + " (" + SchoolYears.label(schoolYear) + ")";
    }
}

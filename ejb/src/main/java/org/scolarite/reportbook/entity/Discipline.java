package org.scolarite.reportbook.entity;

import java.math.BigDecimal;
import java.util.List;

/** A discipline tile of the LSL: teacher, the pupil's and the group's averages, appreciation, competences. */
public record Discipline(DisciplineGroup group, String subjectLabel, String teacher, BigDecimal studentAverage,
                         BigDecimal groupAverage, String appreciation, List<Competence> competences) {

    /** A competence of the discipline's programme and the level the pupil reached. */
    public record Competence(String label, MasteryLevel level) {
    }

    public Discipline {
        competences = List.copyOf(competences);
    }
}

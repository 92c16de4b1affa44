package org.scolarite.replication.entity;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/**
 * {@code TS_LIVRET_LYCEE ANNEES/ANNEE} (docs/feeds/livret-lycee.md): one school year of a pupil's LSL from Première —
 * its disciplines ({@code ENSEIGNEMENT}) with averages, appreciation and competences, and the CPE's observation.
 */
public record LslYearRecord(SourceLocation location, String sourceId, String pupilId, int schoolYear, String level,
                            String engagement, List<Teaching> teachings) implements SourceItem {

    public record Teaching(String group, String code, String label, String teacher, BigDecimal studentAverage,
                           BigDecimal groupAverage, String appreciation, List<Competence> competences)
            implements Serializable {

        public Teaching {
            competences = List.copyOf(competences);
        }
    }

    public record Competence(String label, int level) implements Serializable {
    }

    public LslYearRecord {
        teachings = List.copyOf(teachings);
    }
}

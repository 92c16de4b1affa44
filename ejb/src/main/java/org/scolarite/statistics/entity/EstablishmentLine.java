package org.scolarite.statistics.entity;

import java.io.Serializable;

/**
 * An establishment's line in the académie dashboard: the same figures as its own syntheses' first table
 * (R-STAT-1, R-STAT-2), and its portal accesses of the school year (R-STAT-3).
 */
public record EstablishmentLine(long id, String uai, String name, StudentFigures students,
                                GuardianFigures guardians, long accesses) implements Serializable {

    /** Sort key of « % élèves avec compte utilisé ». */
    public double studentsUsedRate() {
        return students.usedShare().fraction();
    }

    /** Sort key of « % responsables avec compte utilisé », the activation rate the rectorat follows at rentrée. */
    public double guardiansUsedRate() {
        return guardians.usedShare().fraction();
    }

    /** Sort key of « % élèves ayant au moins un responsable avec un compte utilisé ». */
    public double familiesReachedRate() {
        return guardians.studentsShare().fraction();
    }
}

package org.scolarite.statistics.entity;

import java.io.Serializable;

/**
 * One bar of the access statistics (R-STAT-3): the portal accesses of a month, a service category or a MEFSTAT,
 * split between guardians' and pupils' accounts (the chart's tooltip gives that detail).
 *
 * @param key   what the bar counts: « 2026-09 », a category ({@link ServiceCategory}) or a MEFSTAT (null: none)
 * @param label a hint for the key where the data has one (the MEF label of a MEFSTAT), else null
 */
public record AccessCount(String key, String label, long guardianAccesses, long studentAccesses) implements Serializable {

    public long total() {
        return guardianAccesses + studentAccesses;
    }

    public AccessCount plus(AccessCount other) {
        return new AccessCount(key, label, guardianAccesses + other.guardianAccesses,
                studentAccesses + other.studentAccesses);
    }
}

package org.scolarite.demo.control.siecle;

import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Which faults to put in which establishment's exports (by UAI), the others being written clean. Immutable.
 */
public final class ExportFaults {

    private static final ExportFaults NONE = new ExportFaults(Map.of());

    private final Map<String, Set<ExportFault>> byUai;

    private ExportFaults(Map<String, Set<ExportFault>> byUai) {
        this.byUai = byUai;
    }

    public static ExportFaults none() {
        return NONE;
    }

    public static ExportFaults in(String uai, ExportFault first, ExportFault... others) {
        return NONE.and(uai, first, others);
    }

    /** These faults too, in that establishment (added to those it already has). */
    public ExportFaults and(String uai, ExportFault first, ExportFault... others) {
        Map<String, Set<ExportFault>> copy = new HashMap<>(byUai);
        EnumSet<ExportFault> faults = EnumSet.of(first, others);
        faults.addAll(byUai.getOrDefault(uai, Set.of()));
        copy.put(uai, Collections.unmodifiableSet(faults));
        return new ExportFaults(Map.copyOf(copy));
    }

    Set<ExportFault> of(String uai) {
        return byUai.getOrDefault(uai, Set.of());
    }
}

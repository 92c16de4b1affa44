package org.scolarite.replication.entity;

import java.util.Arrays;
import java.util.Optional;

/**
 * The SIECLE/BEE and STS-web exports the replication reads, recognised by their root element, in the order they are
 * replicated: nomenclatures first (MEF, subjects), then teachers and structures, pupils, and their guardians last
 * (a guardian's links point at pupils).
 */
public enum ExportKind {
    NOMENCLATURE("BEE_NOMENCLATURES"),
    STS("STS_EDT"),
    PUPILS("BEE_ELEVES"),
    GUARDIANS("BEE_RESPONSABLES"),
    /** The report books' feeds (docs/feeds/livret-lycee.md, livret-cp-3e.md): after the pupils they point at. */
    LSL("TS_LIVRET_LYCEE"),
    LSU("TS_LIVRET_CP3E");

    private final String rootElement;

    ExportKind(String rootElement) {
        this.rootElement = rootElement;
    }

    public String rootElement() {
        return rootElement;
    }

    public static Optional<ExportKind> ofRootElement(String name) {
        return Arrays.stream(values()).filter(kind -> kind.rootElement.equals(name)).findFirst();
    }
}

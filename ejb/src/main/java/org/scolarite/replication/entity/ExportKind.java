package org.scolarite.replication.entity;

import java.util.Arrays;
import java.util.Optional;

/**
 * The files the replication reads, recognised by their root element, in the order they are replicated: the SIECLE/BEE
 * and STS-web exports first — nomenclatures (MEF, subjects), teachers and structures, pupils, their guardians (a
 * guardian's links point at pupils) — then the Téléservices feeds of the school's other modules, which point at pupils,
 * divisions, groups and subjects (grades, timetable, school life, report books; documented in {@code docs/feeds/}).
 */
public enum ExportKind {
    NOMENCLATURE("BEE_NOMENCLATURES"),
    STS("STS_EDT"),
    PUPILS("BEE_ELEVES"),
    GUARDIANS("BEE_RESPONSABLES"),
    /** Notes (docs/feeds/notes.md): grading periods, assessments and grades. */
    NOTES("TS_NOTES"),
    /** Emploi du temps (docs/feeds/emploi-du-temps.md): weekly courses and dated changes, after the structures. */
    TIMETABLE("TS_EMPLOI_DU_TEMPS"),
    /** Vie scolaire (docs/feeds/vie-scolaire.md): absences, lateness, punishments, sanctions, measures. */
    SCHOOL_LIFE("TS_VIE_SCOLAIRE"),
    /** The report books' feeds (docs/feeds/livret-lycee.md, livret-cp-3e.md): after the pupils they point at. */
    LSL("TS_LIVRET_LYCEE"),
    LSU("TS_LIVRET_CP3E"),
    /** Factures (docs/feeds/factures.md): the families' invoices, after the pupils they are addressed for. */
    INVOICES("TS_FACTURES"),
    /** Affectations of the collège's pupils to a lycée (R-INSC-1, docs/feeds/affectations.md). */
    ASSIGNMENTS("TS_AFFECTATIONS");

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

package org.scolarite.demo.control.siecle;

/**
 * The faults real exports contain (SIECLE-FORMATS.md « Expect in real files »), produced on purpose so that tests, the
 * demo and the benchmark exercise the replication's rejections. Each lands at a fixed place of the establishment's
 * files: pupil-level faults on the pupil at {@link #slot()} in the order the establishment enrols them (never the
 * first, the demo's showcase pupil); the place is given back as an {@link AppliedFault}.
 */
public enum ExportFault {
    /** A mistyped closing tag ({@code </NOM_DE_FAMILE>}) in a pupil of the pupils file: the file is not XML. */
    MALFORMED_XML(1),
    /** The guardians file declares UTF-8 in its prolog but its bytes are ISO-8859-15 (accents are invalid UTF-8). */
    WRONG_ENCODING(0),
    /** A pupil without {@code DATE_NAISS}, a mandatory element. */
    MISSING_BIRTH_DATE(2),
    /** A pupil whose {@code CODE_MEF} is in no nomenclature. */
    UNKNOWN_MEF(3),
    /** A pupil with a third level-1 person in charge (a grandparent), added to his two parents. */
    THREE_LEGAL_GUARDIANS(4),
    /** A pupil's {@code ELEVE} element written twice, with the same {@code ELEVE_ID}. */
    DUPLICATE_PUPIL_ID(5),
    /** The first person in charge of a pupil written twice in {@code PERSONNES}, with the same {@code PERSONNE_ID}. */
    DUPLICATE_PERSON_ID(6),
    /** A pupil and his persons in charge with their absent optional elements written empty ({@code <MEL></MEL>}). */
    EMPTY_OPTIONAL_ELEMENTS(7),
    /** A pupil who left: {@code DATE_SORTIE} and {@code CODE_MOTIF_SORTIE}, still in the file with his structures. */
    DEPARTED_PUPIL(8),
    /** A pupil left out of every file (absent from the export = departed), with the persons only he linked. */
    ABSENT_PUPIL(9),
    /** The pupils file's {@code UAJ} is another establishment's UAI: the file must be refused. */
    FOREIGN_UAI(0),
    /** A pupil's {@code NOM_USAGE} differs from the seeded data: a change of name, not a new pupil. */
    CHANGED_NAME(10);

    private final int slot;

    ExportFault(int slot) {
        this.slot = slot;
    }

    /** Position of the pupil the fault lands on (0 for faults of a whole file). */
    int slot() {
        return slot;
    }

    boolean onPupil() {
        return slot > 0;
    }
}

package org.scolarite.infosheet.entity;

import java.util.Optional;

/**
 * The fields of the information sheet a guardian may change (R-FICHE-1), each with whose data it is (the pupil's,
 * shared by his guardians, or the guardian's own), its format and its French label (e-mails, export). What is not
 * here cannot be changed from the portal: the regime and the pupil's address, which only the school changes.
 */
public enum SheetField {
    PUPIL_LAST_NAME(true, FieldFormat.NAME, "Nom de l'élève"),
    PUPIL_FIRST_NAME(true, FieldFormat.NAME, "Prénom de l'élève"),
    PUPIL_BIRTH_CITY(true, FieldFormat.TEXT, "Commune de naissance de l'élève"),
    PUPIL_HOME_PHONE(true, FieldFormat.PHONE, "Téléphone domicile de l'élève"),
    PUPIL_MOBILE_PHONE(true, FieldFormat.PHONE, "Téléphone portable de l'élève"),
    PUPIL_EMAIL(true, FieldFormat.EMAIL, "Courriel de l'élève"),
    GUARDIAN_CIVILITY(false, FieldFormat.CIVILITY, "Civilité"),
    GUARDIAN_LAST_NAME(false, FieldFormat.NAME, "Nom"),
    GUARDIAN_FIRST_NAME(false, FieldFormat.NAME, "Prénom"),
    GUARDIAN_SITUATION(false, FieldFormat.SITUATION, "Situation emploi"),
    GUARDIAN_PROFESSION(false, FieldFormat.PROFESSION, "Profession"),
    GUARDIAN_ADDRESS_LINE1(false, FieldFormat.REQUIRED_TEXT, "Adresse"),
    GUARDIAN_ADDRESS_LINE2(false, FieldFormat.TEXT, "Complément d'adresse"),
    GUARDIAN_POSTAL_CODE(false, FieldFormat.POSTAL_CODE, "Code postal"),
    GUARDIAN_CITY(false, FieldFormat.REQUIRED_TEXT, "Commune"),
    GUARDIAN_ADDRESS_SHARED(false, FieldFormat.YES_NO, "Autorise à communiquer son adresse"),
    GUARDIAN_HOME_PHONE(false, FieldFormat.PHONE, "Téléphone domicile"),
    GUARDIAN_MOBILE_PHONE(false, FieldFormat.PHONE, "Téléphone portable"),
    GUARDIAN_WORK_PHONE(false, FieldFormat.PHONE, "Téléphone professionnel"),
    GUARDIAN_ACCEPTS_SMS(false, FieldFormat.YES_NO, "Accepte les SMS"),
    GUARDIAN_EMAIL(false, FieldFormat.EMAIL, "Courriel");

    private final boolean pupil;
    private final FieldFormat format;
    private final String label;

    SheetField(boolean pupil, FieldFormat format, String label) {
        this.pupil = pupil;
        this.format = format;
        this.label = label;
    }

    /** The field named {@code name}, or empty for a name that is not an editable field (forged, or read-only). */
    public static Optional<SheetField> named(String name) {
        for (SheetField field : values()) {
            if (field.name().equals(name)) {
                return Optional.of(field);
            }
        }
        return Optional.empty();
    }

    /** A field of the pupil: shared by his guardians, so one guardian's pending change blocks the other's. */
    public boolean isPupil() {
        return pupil;
    }

    public FieldFormat format() {
        return format;
    }

    /** French label, for the e-mails and the export. */
    public String label() {
        return label;
    }
}

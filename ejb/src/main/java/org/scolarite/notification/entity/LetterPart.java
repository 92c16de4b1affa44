package org.scolarite.notification.entity;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * An editable part of the notification letters (R-SET-4): the header, shared by every letter as in the guide, or the
 * body of one {@link LetterKind}. Settings store one template per part; a letter is the header followed by the body
 * of its kind.
 */
public enum LetterPart {
    HEADER(null),
    BODY_GUARDIAN_NEW(LetterKind.GUARDIAN_NEW),
    BODY_GUARDIAN_CONTINUITY(LetterKind.GUARDIAN_CONTINUITY),
    BODY_STUDENT_NEW(LetterKind.STUDENT_NEW),
    BODY_STUDENT_CONTINUITY(LetterKind.STUDENT_CONTINUITY);

    private final LetterKind kind;

    LetterPart(LetterKind kind) {
        this.kind = kind;
    }

    public static LetterPart bodyOf(LetterKind kind) {
        for (LetterPart part : values()) {
            if (part.kind == kind) {
                return part;
            }
        }
        throw new IllegalArgumentException("Aucun corps de courrier pour " + kind);
    }

    /** The letter this part is the body of; empty for the shared header. */
    public Optional<LetterKind> kind() {
        return Optional.ofNullable(kind);
    }

    public boolean isHeader() {
        return kind == null;
    }

    /** The French name shown in the settings screen. */
    public String label() {
        return kind == null ? "En-tête des courriers" : "Corps du courrier «\u00a0" + kind.label() + "\u00a0»";
    }

    /**
     * The fields offered for insertion in this part; any other one is refused. The header may use only what every
     * letter knows: it is shared by continuity letters, so no password; by pupils' letters, so no list of a guardian's
     * children; the CNIL mention belongs to each body, where it is required.
     */
    public Set<LetterField> allowedFields() {
        EnumSet<LetterField> fields = EnumSet.of(LetterField.RECIPIENT_NAME, LetterField.RECIPIENT_ADDRESS,
                LetterField.ESTABLISHMENT_NAME, LetterField.ESTABLISHMENT_ADDRESS, LetterField.ESTABLISHMENT_PHONE,
                LetterField.PLACE_AND_DATE, LetterField.STUDENT_NAME, LetterField.STUDENT_CLASS, LetterField.USERNAME,
                LetterField.ACCESS_URL, LetterField.HEAD_NAME);
        if (kind != null) {
            fields.add(LetterField.CNIL_MENTION);
            if (kind.forGuardian()) {
                fields.add(LetterField.CHILDREN);
            }
            if (kind.carriesPassword()) {
                fields.add(LetterField.TEMPORARY_PASSWORD);
            }
        }
        return Collections.unmodifiableSet(fields);
    }

    /** Fields that may not be removed: the CNIL mention in every body (R-SET-4). */
    public Set<LetterField> requiredFields() {
        return isHeader() ? Set.of() : Set.of(LetterField.CNIL_MENTION);
    }

    /**
     * Fields whose removal is allowed but warned about (R-SET-4, guide §3.2): who the letter is for and where it goes
     * in the header; where to connect, with which identifier and, for a new account, which password in a body.
     */
    public Set<LetterField> expectedFields() {
        if (kind == null) {
            return Collections.unmodifiableSet(EnumSet.of(LetterField.RECIPIENT_NAME, LetterField.RECIPIENT_ADDRESS));
        }
        EnumSet<LetterField> fields = EnumSet.of(LetterField.ACCESS_URL, LetterField.USERNAME);
        if (kind.carriesPassword()) {
            fields.add(LetterField.TEMPORARY_PASSWORD);
        }
        return Collections.unmodifiableSet(fields);
    }
}

package org.scolarite.enrolment.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;
import java.util.regex.Pattern;

/** One option a lycée offers for a MEF: its code (as the lycée's structure knows it), label and kind. */
@Embeddable
public class EnrolmentOption {

    /** Codes travel in forms: letters, digits, « - » and « _ » only, so that a forged value is easy to tell. */
    public static final Pattern CODE = Pattern.compile("[A-Z0-9_-]{1,12}");

    @Column(nullable = false, length = 12)
    private String code;

    @Column(nullable = false, length = 120)
    private String label;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private OptionKind kind;

    protected EnrolmentOption() {
    }

    public EnrolmentOption(String code, String label, OptionKind kind) {
        if (code == null || !CODE.matcher(code).matches()) {
            throw new EnrolmentRejected("code", "Le code d’option doit comporter de 1 à 12 lettres majuscules, "
                    + "chiffres, « - » ou « _ ».");
        }
        if (label == null || label.isBlank() || label.strip().length() > 120) {
            throw new EnrolmentRejected("label", "Le libellé de l’option est obligatoire (120 caractères au plus).");
        }
        this.code = code;
        this.label = label.strip();
        this.kind = Objects.requireNonNull(kind, "kind");
    }

    public String getCode() { return code; }
    public String getLabel() { return label; }
    public OptionKind getKind() { return kind; }
}

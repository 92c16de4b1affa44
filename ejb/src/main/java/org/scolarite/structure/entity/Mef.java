package org.scolarite.structure.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.Objects;
import java.util.regex.Pattern;

/** MEF (module élémentaire de formation): national nomenclature of tracks, 11-character code, MEFSTAT grouping. */
@Entity
@Table(name = "mef")
public class Mef {

    private static final Pattern CODE = Pattern.compile("[0-9A-Z]{11}");

    @Id
    @SequenceGenerator(name = "mef_seq", sequenceName = "mef_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "mef_seq")
    private Long id;

    @Column(nullable = false, unique = true, length = 11)
    private String code;

    @Column(nullable = false)
    private String label;

    @Column(name = "edition_label")
    private String editionLabel;

    /** MEFSTAT11/MEFSTAT4 grouping used by the access statistics (R-STAT-3). */
    private String mefstat;

    protected Mef() {
    }

    public Mef(String code, String label, String editionLabel, String mefstat) {
        if (!CODE.matcher(Objects.requireNonNull(code, "code MEF")).matches()) {
            throw new IllegalArgumentException("Code MEF invalide (11 caractères attendus) : " + code);
        }
        this.code = code;
        this.label = label;
        this.editionLabel = editionLabel;
        this.mefstat = mefstat;
    }

    public Long getId() { return id; }
    public String getCode() { return code; }
    public String getLabel() { return label; }
    public String getEditionLabel() { return editionLabel; }
    public String getMefstat() { return mefstat; }
}

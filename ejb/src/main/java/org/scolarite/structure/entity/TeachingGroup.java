package org.scolarite.structure.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A teaching group (SIECLE structure of type G: options, languages, half-classes); a pupil has zero or more. */
@Entity
@Table(name = "teaching_group")
public class TeachingGroup {

    @Id
    @SequenceGenerator(name = "teaching_group_seq", sequenceName = "teaching_group_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "teaching_group_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "establishment_id")
    private Establishment establishment;

    @Column(nullable = false)
    private String code;

    private String label;

    protected TeachingGroup() {
    }

    public TeachingGroup(Establishment establishment, String code, String label) {
        this.establishment = establishment;
        this.code = code;
        this.label = label;
    }

    public Long getId() { return id; }
    public Establishment getEstablishment() { return establishment; }
    public String getCode() { return code; }
    public String getLabel() { return label; }
}

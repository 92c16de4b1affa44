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

/** A division (class, e.g. « 3A »): SIECLE structure of type D; every pupil belongs to exactly one. */
@Entity
@Table(name = "division")
public class Division {

    @Id
    @SequenceGenerator(name = "division_seq", sequenceName = "division_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "division_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "establishment_id")
    private Establishment establishment;

    @Column(nullable = false)
    private String code;

    private String label;

    protected Division() {
    }

    public Division(Establishment establishment, String code, String label) {
        this.establishment = establishment;
        this.code = code;
        this.label = label;
    }

    public Long getId() { return id; }
    public Establishment getEstablishment() { return establishment; }
    public String getCode() { return code; }
    public String getLabel() { return label; }
}

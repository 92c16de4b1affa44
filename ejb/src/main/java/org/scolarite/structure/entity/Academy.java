package org.scolarite.structure.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** An académie: groups establishments; identifiers and account regrouping are académie-wide (SPEC §1). */
@Entity
@Table(name = "academy")
public class Academy {

    @Id
    @SequenceGenerator(name = "academy_seq", sequenceName = "academy_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "academy_seq")
    private Long id;

    @Column(nullable = false, unique = true)
    private String code;

    @Column(nullable = false)
    private String name;

    /** Public address of the families' portal, printed on notification letters. */
    @Column(name = "portal_url", nullable = false)
    private String portalUrl;

    protected Academy() {
    }

    public Academy(String code, String name, String portalUrl) {
        this.code = code;
        this.name = name;
        this.portalUrl = portalUrl;
    }

    public Long getId() { return id; }
    public String getCode() { return code; }
    public String getName() { return name; }
    public String getPortalUrl() { return portalUrl; }
}

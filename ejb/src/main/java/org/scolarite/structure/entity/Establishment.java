package org.scolarite.structure.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;

/** An EPLE, identified by its UAI. */
@Entity
@Table(name = "establishment")
public class Establishment {

    @Id
    @SequenceGenerator(name = "establishment_seq", sequenceName = "establishment_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "establishment_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "academy_id")
    private Academy academy;

    @Column(nullable = false, unique = true, length = 8)
    private Uai uai;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private EstablishmentKind kind;

    @Column(nullable = false)
    private String name;

    @Embedded
    private PostalAddress address;

    private String phone;

    /** The establishment's mailboxes; the contact link (R-SET-5) picks one of them. */
    @ElementCollection
    @CollectionTable(name = "establishment_email", joinColumns = @JoinColumn(name = "establishment_id"))
    @OrderColumn(name = "position")
    @Column(name = "email")
    private List<String> emails = new ArrayList<>();

    @Column(name = "head_name")
    private String headName;

    protected Establishment() {
    }

    public Establishment(Academy academy, Uai uai, EstablishmentKind kind, String name) {
        this.academy = academy;
        this.uai = uai;
        this.kind = kind;
        this.name = name;
    }

    public void describe(PostalAddress address, String phone, String headName, List<String> emails) {
        this.address = address;
        this.phone = phone;
        this.headName = headName;
        this.emails = new ArrayList<>(emails);
    }

    public Long getId() { return id; }
    public Academy getAcademy() { return academy; }
    public Uai getUai() { return uai; }
    public EstablishmentKind getKind() { return kind; }
    public String getName() { return name; }
    public PostalAddress getAddress() { return address; }
    public String getPhone() { return phone; }
    public List<String> getEmails() { return List.copyOf(emails); }
    public String getHeadName() { return headName; }
}

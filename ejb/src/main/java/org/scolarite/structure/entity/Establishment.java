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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

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

    /** R-SVC-1: the day the school activated the téléservices; {@code null} until then. */
    @Column(name = "teleservices_activated_on")
    private LocalDate teleservicesActivatedOn;

    @Column(name = "teleservices_activated_by")
    private String teleservicesActivatedBy;

    // What SIECLE says the school uses and where it belongs; decides its catalogue (R-SVC-2, R-SVC-3).
    @Column(name = "uses_grades_module")
    private boolean usesGradesModule;

    @Column(name = "uses_school_life_module")
    private boolean usesSchoolLifeModule;

    @Column(name = "timetable_perimeter")
    private boolean timetablePerimeter;

    @Column(name = "lycee_grant_perimeter")
    private boolean lyceeGrantPerimeter;

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

    /** Records the one-time activation of the téléservices (R-SVC-1); they then stay on across years (R-SVC-4). */
    public void activateTeleservices(LocalDate today, String actor) {
        if (teleservicesActivatedOn != null) {
            throw new IllegalStateException("Les téléservices de cet établissement sont déjà activés.");
        }
        this.teleservicesActivatedOn = Objects.requireNonNull(today);
        this.teleservicesActivatedBy = Objects.requireNonNull(actor);
    }

    /** Copies the school administration system's view of the school (modules used, national perimeters). */
    public void declareSiecleProfile(boolean usesGradesModule, boolean usesSchoolLifeModule,
                                     boolean timetablePerimeter, boolean lyceeGrantPerimeter) {
        this.usesGradesModule = usesGradesModule;
        this.usesSchoolLifeModule = usesSchoolLifeModule;
        this.timetablePerimeter = timetablePerimeter;
        this.lyceeGrantPerimeter = lyceeGrantPerimeter;
    }

    public boolean isTeleservicesActivated() { return teleservicesActivatedOn != null; }
    public LocalDate getTeleservicesActivatedOn() { return teleservicesActivatedOn; }
    public String getTeleservicesActivatedBy() { return teleservicesActivatedBy; }
    public boolean usesGradesModule() { return usesGradesModule; }
    public boolean usesSchoolLifeModule() { return usesSchoolLifeModule; }
    public boolean isInTimetablePerimeter() { return timetablePerimeter; }
    public boolean isInLyceeGrantPerimeter() { return lyceeGrantPerimeter; }

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

package org.scolarite.people.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.scolarite.structure.entity.Division;
import org.scolarite.structure.entity.Establishment;
import org.scolarite.structure.entity.Mef;
import org.scolarite.structure.entity.PostalAddress;
import org.scolarite.structure.entity.TeachingGroup;

/**
 * A pupil enrolled in one establishment, as replicated from SIECLE ({@code ELEVE_ID} is the source key inside the
 * establishment; the INE follows the pupil across establishments).
 */
@Entity
@Table(name = "student")
public class Student {

    @Id
    @SequenceGenerator(name = "student_seq", sequenceName = "student_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "student_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "establishment_id")
    private Establishment establishment;

    @Column(name = "source_id", nullable = false)
    private String sourceId;

    private String elenoet;

    private Ine ine;

    @Column(name = "last_name", nullable = false)
    private String lastName;

    @Column(name = "usage_name")
    private String usageName;

    @Column(name = "first_name", nullable = false)
    private String firstName;

    @Column(name = "other_first_names")
    private String otherFirstNames;

    @Column(name = "birth_date", nullable = false)
    private LocalDate birthDate;

    @Column(name = "birth_city")
    private String birthCity;

    @Column(name = "birth_insee_code")
    private String birthInseeCode;

    @Column(name = "birth_country_code")
    private String birthCountryCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Sex sex;

    /** SIECLE regime code as exported (kept verbatim: the information sheet shows the detailed label). */
    private String regime;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "mef_id")
    private Mef mef;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "division_id")
    private Division division;

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "student_group", joinColumns = @JoinColumn(name = "student_id"),
            inverseJoinColumns = @JoinColumn(name = "group_id"))
    private Set<TeachingGroup> groups = new HashSet<>();

    @Embedded
    private PostalAddress address;

    private String email;

    @Column(name = "home_phone")
    private String homePhone;

    @Column(name = "mobile_phone")
    private String mobilePhone;

    @Column(name = "entry_date")
    private LocalDate entryDate;

    /** SIECLE {@code DATE_SORTIE}: a pupil with a departure date has left, though still in the export. */
    @Column(name = "departure_date")
    private LocalDate departureDate;

    /** R-ACC-9: access removed at a guardian's request: the pupil loses the national tracking services. */
    @Column(name = "access_removed", nullable = false)
    private boolean accessRemoved;

    @OneToMany(mappedBy = "student")
    private List<GuardianLink> guardianLinks = new ArrayList<>();

    protected Student() {
    }

    public Student(Establishment establishment, String sourceId, String lastName, String firstName,
                   LocalDate birthDate, Sex sex) {
        this.establishment = Objects.requireNonNull(establishment);
        this.sourceId = Objects.requireNonNull(sourceId);
        this.lastName = Objects.requireNonNull(lastName);
        this.firstName = Objects.requireNonNull(firstName);
        this.birthDate = Objects.requireNonNull(birthDate);
        this.sex = Objects.requireNonNull(sex);
    }

    public void identify(Ine ine, String elenoet, String usageName, String otherFirstNames) {
        this.ine = ine;
        this.elenoet = elenoet;
        this.usageName = usageName;
        this.otherFirstNames = otherFirstNames;
    }

    public void bornIn(String city, String inseeCode, String countryCode) {
        this.birthCity = city;
        this.birthInseeCode = inseeCode;
        this.birthCountryCode = countryCode;
    }

    /** A change of name the school accepted from the information sheet (R-FICHE-1). */
    public void rename(String lastName, String firstName) {
        this.lastName = Objects.requireNonNull(lastName);
        this.firstName = Objects.requireNonNull(firstName);
    }

    public void enrol(Mef mef, Division division, Set<TeachingGroup> groups, String regime, LocalDate entryDate) {
        this.mef = mef;
        this.division = division;
        this.groups = new HashSet<>(groups);
        this.regime = regime;
        this.entryDate = entryDate;
    }

    public void contactDetails(PostalAddress address, String email, String homePhone, String mobilePhone) {
        this.address = address;
        this.email = email;
        this.homePhone = homePhone;
        this.mobilePhone = mobilePhone;
    }

    public void leave(LocalDate departureDate) {
        this.departureDate = departureDate;
    }

    /** Whether the pupil is still enrolled on that day (SIECLE keeps departed pupils in its exports). */
    public boolean isEnrolledOn(LocalDate day) {
        return departureDate == null || day.isBefore(departureDate) || day.isEqual(departureDate);
    }

    public void removeAccess() {
        this.accessRemoved = true;
    }

    public void allowAccess() {
        this.accessRemoved = false;
    }

    /** The name used in letters and lists: usage name when there is one. */
    public String displayLastName() {
        return usageName != null && !usageName.isBlank() ? usageName : lastName;
    }

    public String fullName() {
        return displayLastName().toUpperCase(java.util.Locale.FRENCH) + " " + firstName;
    }

    public Long getId() { return id; }
    public Establishment getEstablishment() { return establishment; }
    public String getSourceId() { return sourceId; }
    public String getElenoet() { return elenoet; }
    public Ine getIne() { return ine; }
    public String getLastName() { return lastName; }
    public String getUsageName() { return usageName; }
    public String getFirstName() { return firstName; }
    public String getOtherFirstNames() { return otherFirstNames; }
    public LocalDate getBirthDate() { return birthDate; }
    public String getBirthCity() { return birthCity; }
    public String getBirthInseeCode() { return birthInseeCode; }
    public String getBirthCountryCode() { return birthCountryCode; }
    public Sex getSex() { return sex; }
    public String getRegime() { return regime; }
    public Mef getMef() { return mef; }
    public Division getDivision() { return division; }
    public Set<TeachingGroup> getGroups() { return Set.copyOf(groups); }
    public PostalAddress getAddress() { return address; }
    public String getEmail() { return email; }
    public String getHomePhone() { return homePhone; }
    public String getMobilePhone() { return mobilePhone; }
    public LocalDate getEntryDate() { return entryDate; }
    public LocalDate getDepartureDate() { return departureDate; }
    public boolean isAccessRemoved() { return accessRemoved; }
    public List<GuardianLink> getGuardianLinks() { return List.copyOf(guardianLinks); }
}

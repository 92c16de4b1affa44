package org.scolarite.people.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.scolarite.structure.entity.Establishment;
import org.scolarite.structure.entity.PostalAddress;

/**
 * A person in charge of pupils in one establishment, as replicated from SIECLE ({@code PERSONNE_ID}). The e-mail is
 * the one the school holds (BEE); the account's own e-mail is validated separately.
 */
@Entity
@Table(name = "guardian")
public class Guardian {

    @Id
    @SequenceGenerator(name = "guardian_seq", sequenceName = "guardian_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "guardian_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "establishment_id")
    private Establishment establishment;

    @Column(name = "source_id", nullable = false)
    private String sourceId;

    /** « M. » or « MME ». */
    private String civility;

    @Column(name = "last_name", nullable = false)
    private String lastName;

    @Column(name = "usage_name")
    private String usageName;

    @Column(name = "first_name", nullable = false)
    private String firstName;

    @Embedded
    private PostalAddress address;

    private String email;

    @Column(name = "home_phone")
    private String homePhone;

    @Column(name = "mobile_phone")
    private String mobilePhone;

    @Column(name = "work_phone")
    private String workPhone;

    @Column(name = "profession_code")
    private String professionCode;

    /** SIECLE « situation emploi »: 1 employed, 2 unemployed, 3 retired, 4 without occupation (R-FICHE-1). */
    @Column(name = "employment_situation")
    private String employmentSituation;

    /** « Autorise à communiquer son adresse » to the parents' associations (R-FICHE-1). */
    @Column(name = "address_shared", nullable = false)
    private boolean addressShared = true;

    @Column(name = "accepts_sms", nullable = false)
    private boolean acceptsSms;

    @OneToMany(mappedBy = "guardian")
    private List<GuardianLink> links = new ArrayList<>();

    protected Guardian() {
    }

    public Guardian(Establishment establishment, String sourceId, String civility, String lastName, String firstName) {
        this.establishment = Objects.requireNonNull(establishment);
        this.sourceId = Objects.requireNonNull(sourceId);
        this.civility = civility;
        this.lastName = Objects.requireNonNull(lastName);
        this.firstName = Objects.requireNonNull(firstName);
    }

    public void contactDetails(PostalAddress address, String email, String homePhone, String mobilePhone,
                               String workPhone) {
        this.address = address;
        this.email = email;
        this.homePhone = homePhone;
        this.mobilePhone = mobilePhone;
        this.workPhone = workPhone;
    }

    public void profession(String professionCode) {
        this.professionCode = professionCode;
    }

    /** A change of identity the school accepted from the information sheet (R-FICHE-1). */
    public void rename(String civility, String lastName, String firstName) {
        this.civility = civility;
        this.lastName = Objects.requireNonNull(lastName);
        this.firstName = Objects.requireNonNull(firstName);
    }

    public void employment(String situation, String professionCode) {
        this.employmentSituation = situation;
        this.professionCode = professionCode;
    }

    public void preferences(boolean addressShared, boolean acceptsSms) {
        this.addressShared = addressShared;
        this.acceptsSms = acceptsSms;
    }

    public void usageName(String usageName) {
        this.usageName = usageName;
    }

    public String displayLastName() {
        return usageName != null && !usageName.isBlank() ? usageName : lastName;
    }

    /** « MME DUPONT Marie », as on letters. */
    public String fullName() {
        String name = displayLastName().toUpperCase(Locale.FRENCH) + " " + firstName;
        return civility == null ? name : civility + " " + name;
    }

    public boolean hasEmail() {
        return email != null && !email.isBlank();
    }

    public Long getId() { return id; }
    public Establishment getEstablishment() { return establishment; }
    public String getSourceId() { return sourceId; }
    public String getCivility() { return civility; }
    public String getLastName() { return lastName; }
    public String getUsageName() { return usageName; }
    public String getFirstName() { return firstName; }
    public PostalAddress getAddress() { return address; }
    public String getEmail() { return email; }
    public String getHomePhone() { return homePhone; }
    public String getMobilePhone() { return mobilePhone; }
    public String getWorkPhone() { return workPhone; }
    public String getProfessionCode() { return professionCode; }
    public String getEmploymentSituation() { return employmentSituation; }
    public boolean isAddressShared() { return addressShared; }
    public boolean isAcceptsSms() { return acceptsSms; }
    public List<GuardianLink> getLinks() { return List.copyOf(links); }
}

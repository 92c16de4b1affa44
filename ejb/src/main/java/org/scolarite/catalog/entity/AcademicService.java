package org.scolarite.catalog.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Collection;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import org.scolarite.settings.entity.SettingRejected;
import org.scolarite.settings.entity.WebAddress;
import org.scolarite.structure.entity.Academy;

/**
 * A service the académie adds to its schools' catalogue (R-SVC-2): a labelled link for pupils, guardians or both,
 * possibly mandatory, possibly experimental (then only the listed pilot schools may open it). Withdrawn services
 * disappear from the catalogue but keep their row, so that the schools' history of openings still names them.
 */
@Entity
@Table(name = "academic_service")
public class AcademicService {

    public static final int LABEL_MAX = 120;

    @Id
    @SequenceGenerator(name = "academic_service_seq", sequenceName = "academic_service_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "academic_service_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "academy_id")
    private Academy academy;

    @Column(nullable = false)
    private String label;

    @Column(nullable = false)
    private String url;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Audience audience;

    private boolean mandatory;

    private boolean experimental;

    private boolean withdrawn;

    @ElementCollection
    @CollectionTable(name = "academic_service_pilot", joinColumns = @JoinColumn(name = "academic_service_id"))
    @Column(name = "establishment_id")
    private Set<Long> pilotEstablishmentIds = new HashSet<>();

    @Version
    private long version;

    protected AcademicService() {
    }

    public AcademicService(Academy academy, String label, String url, Audience audience) {
        this.academy = Objects.requireNonNull(academy);
        describe(label, url, audience);
    }

    /** Changes label, address and audience; the label and an absolute http(s) address are required. */
    public final void describe(String label, String url, Audience audience) {
        String trimmed = label == null ? "" : label.strip();
        if (trimmed.isEmpty()) {
            throw new SettingRejected("label", "Le libellé du service est obligatoire.");
        }
        if (trimmed.length() > LABEL_MAX) {
            throw new SettingRejected("label", "Le libellé ne doit pas dépasser " + LABEL_MAX + " caractères.");
        }
        this.label = trimmed;
        this.url = WebAddress.require("url", url);
        this.audience = Objects.requireNonNull(audience);
    }

    /** Mandatory services are open in every school of the académie; experimental ones only where listed. */
    public void setRules(boolean mandatory, boolean experimental, Collection<Long> pilotEstablishmentIds) {
        if (mandatory && experimental) {
            throw new SettingRejected("experimental",
                    "Un service expérimental ne peut pas être obligatoire\u00a0: il n’est ouvert que par les établissements retenus.");
        }
        this.mandatory = mandatory;
        this.experimental = experimental;
        this.pilotEstablishmentIds = experimental ? new HashSet<>(pilotEstablishmentIds) : new HashSet<>();
    }

    public void withdraw() {
        this.withdrawn = true;
    }

    public Long getId() { return id; }
    public Academy getAcademy() { return academy; }
    public String getLabel() { return label; }
    public String getUrl() { return url; }
    public Audience getAudience() { return audience; }
    public boolean isMandatory() { return mandatory; }
    public boolean isExperimental() { return experimental; }
    public boolean isWithdrawn() { return withdrawn; }
    public Set<Long> getPilotEstablishmentIds() { return Set.copyOf(pilotEstablishmentIds); }
    public long getVersion() { return version; }
}

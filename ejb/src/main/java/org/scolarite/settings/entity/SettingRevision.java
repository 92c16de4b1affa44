package org.scolarite.settings.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * One saved value of one setting of one establishment (R-SET-2). Append-only: the history of a setting is its
 * revisions, each with who saved it, when, and from which day families see it. The value is stored as JSON;
 * {@code null} means « back to the default ».
 */
@Entity
@Table(name = "establishment_setting")
@NamedQuery(name = SettingRevision.EFFECTIVE, query = "SELECT r FROM SettingRevision r WHERE r.establishmentId = :e "
        + "AND r.key = :k AND r.effectiveFrom <= :day ORDER BY r.effectiveFrom DESC, r.revision DESC")
public class SettingRevision {

    /** A setting's revisions seen on a day, the one in effect first (read on each page view: prepared once). */
    public static final String EFFECTIVE = "SettingRevision.effective";

    @Id
    @SequenceGenerator(name = "establishment_setting_seq", sequenceName = "establishment_setting_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "establishment_setting_seq")
    private Long id;

    @Column(name = "establishment_id", nullable = false)
    private long establishmentId;

    @Column(name = "setting_key", nullable = false)
    private String key;

    @Column(nullable = false)
    private int revision;

    @Column(name = "setting_value")
    private String value;

    @Column(name = "effective_from", nullable = false)
    private LocalDate effectiveFrom;

    @Column(name = "changed_by", nullable = false)
    private String changedBy;

    @Column(name = "changed_at", nullable = false)
    private LocalDateTime changedAt;

    protected SettingRevision() {
    }

    public SettingRevision(long establishmentId, String key, int revision, String value, LocalDate effectiveFrom,
                           String changedBy, LocalDateTime changedAt) {
        this.establishmentId = establishmentId;
        this.key = Objects.requireNonNull(key);
        this.revision = revision;
        this.value = value;
        this.effectiveFrom = Objects.requireNonNull(effectiveFrom);
        this.changedBy = Objects.requireNonNull(changedBy);
        this.changedAt = Objects.requireNonNull(changedAt);
    }

    public Long getId() { return id; }
    public long getEstablishmentId() { return establishmentId; }
    public String getKey() { return key; }
    public int getRevision() { return revision; }
    public String getValue() { return value; }
    public LocalDate getEffectiveFrom() { return effectiveFrom; }
    public String getChangedBy() { return changedBy; }
    public LocalDateTime getChangedAt() { return changedAt; }
}

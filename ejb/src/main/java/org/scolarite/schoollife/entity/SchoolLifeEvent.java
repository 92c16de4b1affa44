package org.scolarite.schoollife.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * One school-life event of a pupil (R-VS-1), as replicated from the school-life module: an absence (from, to,
 * half-days counted, justified, reason), a lateness (when, minutes, justified, reason), a punishment or a sanction
 * (date, nature, reason) or a prevention/support measure (date, nature, description). Written only by the replication
 * and the demo seeding, with JDBC batches; read here by the portal, whose queries keep to {@code shown} rows.
 * The pupil is held by id: a page reads one pupil's events and never needs the pupil entity.
 */
@Entity
@Table(name = "school_life_event")
public class SchoolLifeEvent {

    @Id
    private Long id;

    @Column(name = "establishment_id", nullable = false)
    private long establishmentId;

    @Column(name = "source_id", nullable = false)
    private String sourceId;

    @Column(name = "student_id", nullable = false)
    private long studentId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SchoolLifeKind kind;

    /** The day it happened (an absence's first day): what periods, months and weeks are counted by. */
    @Column(name = "event_date", nullable = false)
    private LocalDate date;

    @Column(name = "starts_at")
    private LocalDateTime startsAt;

    @Column(name = "ends_at")
    private LocalDateTime endsAt;

    @Column(name = "half_days")
    private Integer halfDays;

    private Integer minutes;

    private Boolean justified;

    /** The nature of a punishment, sanction or measure (« Retenue », « Avertissement »). */
    private String label;

    /** The reason of an absence, lateness, punishment or sanction; the description of a measure. */
    private String reason;

    @Column(nullable = false)
    private boolean shown;

    protected SchoolLifeEvent() {
    }

    public Long getId() { return id; }
    public long getStudentId() { return studentId; }
    public SchoolLifeKind getKind() { return kind; }
    public LocalDate getDate() { return date; }
    public LocalDateTime getStartsAt() { return startsAt; }
    public LocalDateTime getEndsAt() { return endsAt; }
    public int getHalfDays() { return halfDays == null ? 0 : halfDays; }
    public Integer getMinutes() { return minutes; }
    public Boolean getJustified() { return justified; }
    public String getLabel() { return label; }
    public String getReason() { return reason; }
    public boolean isShown() { return shown; }
}

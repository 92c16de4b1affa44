package org.scolarite.enrolment.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A lycée's enrolment campaign (R-INSC-1): the message its future pupils' families read at step 1 and the deadline.
 * The deadline day is still open (families enrol until midnight of that day); the next day the service says it is
 * over and refuses any change.
 */
@Entity
@Table(name = "enrolment_campaign")
public class EnrolmentCampaign {

    public static final int MESSAGE_MAX = 2000;

    @Id
    @SequenceGenerator(name = "enrolment_campaign_seq", sequenceName = "enrolment_campaign_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "enrolment_campaign_seq")
    private Long id;

    @Column(name = "establishment_id", nullable = false, unique = true)
    private long establishmentId;

    @Column(length = MESSAGE_MAX)
    private String message;

    @Column(nullable = false)
    private LocalDate deadline;

    @Version
    private int version;

    protected EnrolmentCampaign() {
    }

    public EnrolmentCampaign(long lyceeId, String message, LocalDate deadline) {
        this.establishmentId = lyceeId;
        set(message, deadline);
    }

    public void set(String message, LocalDate deadline) {
        if (deadline == null) {
            throw new EnrolmentRejected("deadline", "La date limite d’inscription est obligatoire.");
        }
        String text = message == null || message.isBlank() ? null : message.strip();
        if (text != null && text.length() > MESSAGE_MAX) {
            throw new EnrolmentRejected("message", "Le message ne doit pas dépasser " + MESSAGE_MAX + " caractères.");
        }
        this.message = text;
        this.deadline = Objects.requireNonNull(deadline);
    }

    /** Open up to and including the deadline day. */
    public boolean isOpen(LocalDate today) {
        return !today.isAfter(deadline);
    }

    public Long getId() { return id; }
    public long getEstablishmentId() { return establishmentId; }
    public String getMessage() { return message; }
    public LocalDate getDeadline() { return deadline; }
    public int getVersion() { return version; }
}

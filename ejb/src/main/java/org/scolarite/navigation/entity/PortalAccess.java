package org.scolarite.navigation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;
import org.scolarite.account.entity.AccountKind;

/**
 * One page view of a portal service by a family (issue [P1] deliverable 6, for the access statistics R-STAT-3): who
 * (account and its kind), for which pupil, in which establishment and MEF at the time, which service, when. Written in
 * batches by the access log; never updated. Plain ids, no associations: a journal, not part of the domain's graph.
 */
@Entity
@Table(name = "portal_access")
public class PortalAccess {

    /** The longest service key kept: the column's size. */
    public static final int MAX_SERVICE_KEY = 40;

    @Id
    @SequenceGenerator(name = "portal_access_seq", sequenceName = "portal_access_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "portal_access_seq")
    private Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private LocalDateTime occurredAt;

    @Column(name = "access_day", nullable = false, updatable = false)
    private LocalDate accessDay;

    @Column(name = "account_id", nullable = false, updatable = false)
    private long accountId;

    @Enumerated(EnumType.STRING)
    @Column(name = "account_kind", nullable = false, updatable = false)
    private AccountKind accountKind;

    @Column(name = "student_id", nullable = false, updatable = false)
    private long studentId;

    @Column(name = "establishment_id", nullable = false, updatable = false)
    private long establishmentId;

    @Column(name = "mef_id", updatable = false)
    private Long mefId;

    @Column(name = "service_key", nullable = false, updatable = false)
    private String serviceKey;

    protected PortalAccess() {
    }

    public PortalAccess(PageView view) {
        Objects.requireNonNull(view);
        this.occurredAt = view.occurredAt();
        this.accessDay = view.occurredAt().toLocalDate();
        this.accountId = view.accountId();
        this.accountKind = view.kind();
        this.studentId = view.studentId();
        this.establishmentId = view.establishmentId();
        this.mefId = view.mefId();
        this.serviceKey = view.serviceKey();
    }

    public Long getId() { return id; }
    public LocalDateTime getOccurredAt() { return occurredAt; }
    public LocalDate getAccessDay() { return accessDay; }
    public long getAccountId() { return accountId; }
    public AccountKind getAccountKind() { return accountKind; }
    public long getStudentId() { return studentId; }
    public long getEstablishmentId() { return establishmentId; }
    public Long getMefId() { return mefId; }
    public String getServiceKey() { return serviceKey; }
}

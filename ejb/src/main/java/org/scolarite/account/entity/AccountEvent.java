package org.scolarite.account.entity;

import jakarta.persistence.Column;
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
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * One line of an account's history: when, who (an administrator, the holder himself, a batch job), what, from which
 * state to which, and why. Appended by every transition and never changed afterwards.
 */
@Entity
@Table(name = "account_event")
public class AccountEvent {

    @Id
    @SequenceGenerator(name = "account_event_seq", sequenceName = "account_event_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "account_event_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "account_id")
    private Account account;

    /** Local time of the school (Europe/Paris), as every date the administrators read. */
    @Column(name = "occurred_at", nullable = false)
    private LocalDateTime occurredAt;

    @Column(nullable = false)
    private String actor;

    @Enumerated(EnumType.STRING)
    @Column(name = "event_type", nullable = false)
    private AccountEventType type;

    /** Null for the creation. */
    @Enumerated(EnumType.STRING)
    @Column(name = "from_state")
    private AccountState fromState;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_state", nullable = false)
    private AccountState toState;

    private String detail;

    protected AccountEvent() {
    }

    AccountEvent(Account account, LocalDateTime occurredAt, String actor, AccountEventType type,
                 AccountState fromState, AccountState toState, String detail) {
        this.account = Objects.requireNonNull(account);
        this.occurredAt = Objects.requireNonNull(occurredAt);
        this.actor = Objects.requireNonNull(actor, "actor");
        this.type = Objects.requireNonNull(type);
        this.fromState = fromState;
        this.toState = Objects.requireNonNull(toState);
        this.detail = detail;
    }

    public Long getId() { return id; }
    public Account getAccount() { return account; }
    public LocalDateTime getOccurredAt() { return occurredAt; }
    public String getActor() { return actor; }
    public AccountEventType getType() { return type; }
    public AccountState getFromState() { return fromState; }
    public AccountState getToState() { return toState; }
    public String getDetail() { return detail; }
}

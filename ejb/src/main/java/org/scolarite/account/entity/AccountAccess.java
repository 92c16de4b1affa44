package org.scolarite.account.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Objects;
import org.scolarite.people.entity.Guardian;
import org.scolarite.people.entity.Student;

/**
 * One pupil's record opened by an account over a period of days. A guardian's account opens each of his children (several
 * after a regrouping, R-PORTAL-8), a pupil's account the pupil himself. The period is in whole days, both ends
 * included, so that « effective the next day » (D+1, R-ACC-7) is a date and not a time of the nightly run.
 */
@Entity
@Table(name = "account_student")
public class AccountAccess {

    @Id
    @SequenceGenerator(name = "account_student_seq", sequenceName = "account_student_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "account_student_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "account_id")
    private Account account;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "student_id")
    private Student student;

    /**
     * For a guardian's account, the guardian record (légal 1 or 2 of this pupil in the pupil's establishment) through
     * which it opens him; null for a pupil's account. After a regrouping across establishments (R-PORTAL-8) one account
     * opens pupils of several schools, each through that school's record of the same person.
     */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "holder_id")
    private Guardian holder;

    @Column(name = "effective_from", nullable = false)
    private LocalDate effectiveFrom;

    /** Last day included; null while the access goes on. */
    @Column(name = "effective_until")
    private LocalDate effectiveUntil;

    protected AccountAccess() {
    }

    AccountAccess(Account account, Student student, Guardian holder, LocalDate effectiveFrom) {
        this.account = Objects.requireNonNull(account);
        this.student = Objects.requireNonNull(student);
        this.holder = holder;
        this.effectiveFrom = Objects.requireNonNull(effectiveFrom);
    }

    public boolean isOpenOn(LocalDate day) {
        return !day.isBefore(effectiveFrom) && (effectiveUntil == null || !day.isAfter(effectiveUntil));
    }

    /** Whether the access still has days to come from {@code day} on (open that day or starting later). */
    boolean isCurrentOrFutureOn(LocalDate day) {
        return effectiveUntil == null || !day.isAfter(effectiveUntil);
    }

    void endOn(LocalDate lastDay) {
        this.effectiveUntil = lastDay;
    }

    /** R-PORTAL-8: the access moves, dates and holder unchanged, to the account that absorbs its own. */
    void moveTo(Account absorbing) {
        this.account = Objects.requireNonNull(absorbing);
    }

    /** Whether the two periods share a day or follow each other without a gap (so that one period can cover both). */
    boolean touches(AccountAccess other) {
        boolean thisEndsBefore = effectiveUntil != null && effectiveUntil.plusDays(1).isBefore(other.effectiveFrom);
        boolean otherEndsBefore = other.effectiveUntil != null && other.effectiveUntil.plusDays(1).isBefore(effectiveFrom);
        return !thisEndsBefore && !otherEndsBefore;
    }

    /** Widens this period to cover {@code other}'s too (an open end wins). */
    void cover(AccountAccess other) {
        if (other.effectiveFrom.isBefore(effectiveFrom)) {
            effectiveFrom = other.effectiveFrom;
        }
        if (effectiveUntil != null && (other.effectiveUntil == null || other.effectiveUntil.isAfter(effectiveUntil))) {
            effectiveUntil = other.effectiveUntil;
        }
    }

    public Long getId() { return id; }
    public Account getAccount() { return account; }
    public Student getStudent() { return student; }
    public Guardian getHolder() { return holder; }
    public LocalDate getEffectiveFrom() { return effectiveFrom; }
    public LocalDate getEffectiveUntil() { return effectiveUntil; }
}

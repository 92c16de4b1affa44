package org.scolarite.notification.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.scolarite.account.entity.AccountKind;
import org.scolarite.account.entity.AccountState;
import org.scolarite.people.entity.LegalRank;

/**
 * One notification of accounts (R-MASS-1, R-MASS-2, R-IND-1): who started it, for whom, how, and what came of it —
 * letters to print, e-mails queued, couples left out. A whole-school run is a batch job (R-JOB-2) that fills it
 * division by division; the console follows its progress from here, so that the screen can be left and come back to.
 *
 * <p>Decision (R-SEC-1): the run keeps no letter, only which accounts get one. The PDF is rendered each time it is
 * downloaded, from the accounts' temporary passwords (encrypted at rest), and streamed: nothing with a password in clear
 * is ever written on the server. Downloads stop when the run {@linkplain #expiresAt() expires}.
 */
@Entity
@Table(name = "notification_run")
public class NotificationRun {

    /**
     * R-SEC-1: how long the letters of a run can be downloaded again — long enough to print them the next morning,
     * short enough that a forgotten run does not stay a way to print passwords. The housekeeping deletes expired runs.
     */
    public static final Duration LETTERS_AVAILABLE_FOR = Duration.ofHours(24);

    @Id
    @SequenceGenerator(name = "notification_run_seq", sequenceName = "notification_run_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "notification_run_seq")
    private Long id;

    /** The job and the console both write a run's counters. */
    @Version
    private long version;

    @Column(name = "establishment_id", nullable = false, updatable = false)
    private long establishmentId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private AccountKind audience;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Transmission transmission;

    @Column(name = "reset_passwords", nullable = false, updatable = false)
    private boolean resetPasswords;

    /** A job's selection: comma-separated {@link LegalRank} names; null for pupils or an interactive run. */
    @Column(name = "legal_ranks", updatable = false)
    private String legalRanks;

    /** A job's selection: comma-separated {@link AccountState} names (as shown: CLOSED reads as NOT_NOTIFIED). */
    @Column(updatable = false)
    private String states;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RunStatus status;

    @Column(name = "job_execution_id")
    private Long jobExecutionId;

    @Column(name = "divisions_total", nullable = false)
    private int divisionsTotal;

    @Column(name = "divisions_done", nullable = false)
    private int divisionsDone;

    @Column(nullable = false)
    private int letters;

    @Column(nullable = false)
    private int emails;

    @Column(nullable = false)
    private int skipped;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private LocalDateTime createdAt;

    @Column(name = "finished_at")
    private LocalDateTime finishedAt;

    @Column(name = "expires_at", nullable = false)
    private LocalDateTime expiresAt;

    @Column(name = "last_error")
    private String lastError;

    protected NotificationRun() {
    }

    private NotificationRun(long establishmentId, AccountKind audience, Transmission transmission,
                            boolean resetPasswords, String createdBy, LocalDateTime now) {
        this.establishmentId = establishmentId;
        this.audience = Objects.requireNonNull(audience);
        this.transmission = Objects.requireNonNull(transmission);
        this.resetPasswords = resetPasswords;
        this.createdBy = Objects.requireNonNull(createdBy);
        this.createdAt = Objects.requireNonNull(now);
        this.expiresAt = now.plus(LETTERS_AVAILABLE_FOR);
        this.status = RunStatus.RUNNING;
    }

    /**
     * R-MASS-1, R-IND-1: a notification of guardians; {@code resetPasswords} is the individual « renotifier et
     * réinitialiser le mot de passe » (R-ACC-8).
     */
    public static NotificationRun forGuardians(long establishmentId, Transmission transmission,
                                               boolean resetPasswords, String createdBy, LocalDateTime now) {
        return new NotificationRun(establishmentId, AccountKind.GUARDIAN, transmission, resetPasswords, createdBy,
                now);
    }

    /**
     * R-MASS-2: a notification of pupils, on paper only (R-ACC-10); {@code resetPasswords} also gives a new temporary
     * password to the accounts in use (« En réinitialisant les mots de passe… »).
     */
    public static NotificationRun forStudents(long establishmentId, boolean resetPasswords, String createdBy,
                                              LocalDateTime now) {
        return new NotificationRun(establishmentId, AccountKind.STUDENT, Transmission.PAPER_ONLY, resetPasswords,
                createdBy, now);
    }

    /** R-JOB-2: the selection a whole-school job applies in each division, and how many divisions it will go through. */
    public void selectForJob(Set<LegalRank> ranks, Set<AccountState> shownStates, int divisions) {
        this.legalRanks = audience == AccountKind.GUARDIAN ? join(ranks) : null;
        this.states = join(shownStates);
        this.divisionsTotal = divisions;
    }

    /** Counts what a couple's notification gave. */
    public void count(ItemOutcome outcome) {
        switch (outcome) {
            case LETTER -> letters++;
            case EMAIL -> emails++;
            case SKIPPED -> skipped++;
        }
    }

    /** R-JOB-2: one more division done (the progress bar). */
    public void divisionDone() {
        divisionsDone = Math.min(divisionsTotal, divisionsDone + 1);
    }

    public void attachJob(long executionId) {
        this.jobExecutionId = executionId;
    }

    public void finish(LocalDateTime now) {
        status = RunStatus.DONE;
        finishedAt = now;
        lastError = null;
    }

    /** The job stopped; restarting it resumes the run (the couples already handled are skipped). */
    public void fail(String error, LocalDateTime now) {
        status = RunStatus.FAILED;
        finishedAt = now;
        lastError = error == null || error.length() <= 1000 ? error : error.substring(0, 1000);
    }

    /** A failed job restarted. */
    public void resume() {
        status = RunStatus.RUNNING;
        finishedAt = null;
    }

    /** R-SEC-1: the school printed the letters and asks the server to forget them now. */
    public void withdrawLetters(LocalDateTime now) {
        if (now.isBefore(expiresAt)) {
            expiresAt = now;
        }
    }

    /** R-SEC-1: whether its letters may still be downloaded. */
    public boolean lettersAvailable(LocalDateTime now) {
        return letters > 0 && now.isBefore(expiresAt);
    }

    /** Progress of a job in percent (100 once finished). */
    public int percentDone() {
        if (status == RunStatus.DONE) {
            return 100;
        }
        return divisionsTotal == 0 ? 0 : Math.min(99, divisionsDone * 100 / divisionsTotal);
    }

    public Set<LegalRank> legalRankSelection() {
        return parse(legalRanks, LegalRank.class);
    }

    public Set<AccountState> stateSelection() {
        return parse(states, AccountState.class);
    }

    private static String join(Collection<? extends Enum<?>> values) {
        return values == null || values.isEmpty() ? null
                : values.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }

    private static <E extends Enum<E>> Set<E> parse(String joined, Class<E> type) {
        if (joined == null || joined.isBlank()) {
            return EnumSet.noneOf(type);
        }
        return Arrays.stream(joined.split(",")).map(name -> Enum.valueOf(type, name))
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(type)));
    }

    public Long getId() { return id; }
    public long getVersion() { return version; }
    public long getEstablishmentId() { return establishmentId; }
    public AccountKind getAudience() { return audience; }
    public Transmission getTransmission() { return transmission; }
    public boolean isResetPasswords() { return resetPasswords; }
    public RunStatus getStatus() { return status; }
    public Long getJobExecutionId() { return jobExecutionId; }
    public int getDivisionsTotal() { return divisionsTotal; }
    public int getDivisionsDone() { return divisionsDone; }
    public int getLetters() { return letters; }
    public int getEmails() { return emails; }
    public int getSkipped() { return skipped; }
    public String getCreatedBy() { return createdBy; }
    public LocalDateTime getCreatedAt() { return createdAt; }
    public LocalDateTime getFinishedAt() { return finishedAt; }
    public LocalDateTime getExpiresAt() { return expiresAt; }
    public String getLastError() { return lastError; }
}

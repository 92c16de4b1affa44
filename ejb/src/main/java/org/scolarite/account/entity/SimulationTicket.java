package org.scolarite.account.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.Objects;

/**
 * R-SIM-1: the ticket with which an administrator opens the portal as one account, read-only. It is valid
 * {@link #VALIDITY} from its creation and opens one portal session only: the console hands its token to the
 * administrator's browser in a URL, which ends up in histories and logs, so the token must be worthless a moment later.
 * Only the SHA-256 hash of the token is kept ({@link #hashOf}): 32 random bytes need no salt nor slow hash, and the
 * table alone opens nothing.
 */
@Entity
@Table(name = "simulation_ticket")
public class SimulationTicket {

    /** How long a ticket may wait between the console's click and the portal's first page. */
    public static final Duration VALIDITY = Duration.ofMinutes(2);

    @Id
    @SequenceGenerator(name = "simulation_ticket_seq", sequenceName = "simulation_ticket_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "simulation_ticket_seq")
    private Long id;

    @Column(name = "token_hash", nullable = false, unique = true)
    private String tokenHash;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Column(name = "staff_username", nullable = false)
    private String staffUsername;

    @Column(name = "establishment_id", nullable = false)
    private long establishmentId;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "expires_at", nullable = false)
    private LocalDateTime expiresAt;

    @Column(name = "used_at")
    private LocalDateTime usedAt;

    protected SimulationTicket() {
    }

    private SimulationTicket(String tokenHash, long accountId, String staffUsername, long establishmentId,
                             LocalDateTime now) {
        this.tokenHash = Objects.requireNonNull(tokenHash, "tokenHash");
        this.accountId = accountId;
        this.staffUsername = Objects.requireNonNull(staffUsername, "staffUsername");
        this.establishmentId = establishmentId;
        this.createdAt = Objects.requireNonNull(now, "now");
        this.expiresAt = now.plus(VALIDITY);
    }

    /** A new ticket for {@code staffUsername} to simulate the account, valid {@link #VALIDITY} from {@code now}. */
    public static SimulationTicket issue(String token, long accountId, String staffUsername, long establishmentId,
                                         LocalDateTime now) {
        return new SimulationTicket(hashOf(token), accountId, staffUsername, establishmentId, now);
    }

    /** The stored form of a token: SHA-256, in lower-case hexadecimal (64 characters). */
    public static String hashOf(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
        }
    }

    /** Neither used nor expired at {@code now}: the expiry instant itself is too late. */
    public boolean isUsableAt(LocalDateTime now) {
        return usedAt == null && now.isBefore(expiresAt);
    }

    /**
     * Spends the ticket: true the first time within its validity, false afterwards or once expired (the caller gives
     * the same answer in both cases, so that nobody learns which tickets existed).
     */
    public boolean redeem(LocalDateTime now) {
        if (!isUsableAt(now)) {
            return false;
        }
        usedAt = now;
        return true;
    }

    public Long getId() { return id; }
    public long getAccountId() { return accountId; }
    public String getStaffUsername() { return staffUsername; }
    public long getEstablishmentId() { return establishmentId; }
    public LocalDateTime getCreatedAt() { return createdAt; }
    public LocalDateTime getExpiresAt() { return expiresAt; }
    public LocalDateTime getUsedAt() { return usedAt; }
}

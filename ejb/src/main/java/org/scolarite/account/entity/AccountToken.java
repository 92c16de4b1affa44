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
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;

/**
 * A single-use link sent by e-mail ({@link TokenPurpose}: the e-mail validation link of R-ACC-5 and of a new address,
 * R-PORTAL-4, valid 3 months; the password reset link of R-PORTAL-3, valid one week). The secret is 32 random
 * bytes, URL-safe Base64, handed to the caller once ({@link Issued#secret()}) and stored only as its SHA-256 hash: a copy
 * of the database opens nothing. A link is usable once, before its expiry; it also names the address it was sent to,
 * so that a link to an address corrected since validates nothing.
 */
@Entity
@Table(name = "account_token")
public class AccountToken {

    private static final int SECRET_BYTES = 32;
    /** Longer input is not a secret of ours: refused before any hashing. */
    private static final int SECRET_MAX_LENGTH = 100;

    @Id
    @SequenceGenerator(name = "account_token_seq", sequenceName = "account_token_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "account_token_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "account_id")
    private Account account;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private TokenPurpose purpose;

    /** Hex SHA-256 of the secret. */
    @Column(name = "token_hash", nullable = false)
    private String tokenHash;

    /** The address the link was sent to. */
    private String email;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "expires_at", nullable = false)
    private LocalDateTime expiresAt;

    @Column(name = "used_at")
    private LocalDateTime usedAt;

    /** A new token and its secret, which exists nowhere else: it goes into the link and is forgotten. */
    public record Issued(AccountToken token, String secret) {
        @Override
        public String toString() {
            return "Issued[token=" + token.id + "]";
        }
    }

    protected AccountToken() {
    }

    private AccountToken(Account account, TokenPurpose purpose, String tokenHash, String email, LocalDateTime now) {
        this.account = Objects.requireNonNull(account);
        this.purpose = Objects.requireNonNull(purpose);
        this.tokenHash = tokenHash;
        this.email = email;
        this.createdAt = now;
        this.expiresAt = now.plus(purpose.validity());
    }

    /** A token for {@code account}, sent to {@code email}, valid from {@code now} for the purpose's period. */
    public static Issued issue(Account account, TokenPurpose purpose, String email, LocalDateTime now,
                               SecureRandom random) {
        byte[] bytes = new byte[SECRET_BYTES];
        random.nextBytes(bytes);
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        return new Issued(new AccountToken(account, purpose, hash(secret), email, now), secret);
    }

    /** The stored form of a secret; null for what cannot be one of ours (empty, too long). */
    public static String hash(String secret) {
        if (secret == null || secret.isBlank() || secret.length() > SECRET_MAX_LENGTH) {
            return null;
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(secret.strip().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** Spends the token: refused ({@link InvalidLink}) once used or from its expiry on. */
    public void use(LocalDateTime now) {
        if (usedAt != null || !now.isBefore(expiresAt)) {
            throw new InvalidLink(purpose);
        }
        usedAt = now;
    }

    /**
     * Whether the link may still be spent for {@code expected} at {@code now}: its own purpose (a validation link
     * never resets a password), not used, and before its expiry (R-PORTAL-3: a reset link works during 7 days from
     * the moment it was sent, and no longer).
     */
    public boolean isUsableFor(TokenPurpose expected, LocalDateTime now) {
        return purpose == expected && usedAt == null && now.isBefore(expiresAt);
    }

    /** Spends the token for {@code expected}; refused ({@link InvalidLink}) otherwise, changing nothing. */
    public void useFor(TokenPurpose expected, LocalDateTime now) {
        if (!isUsableFor(expected, now)) {
            throw new InvalidLink(purpose == expected ? expected : null);
        }
        usedAt = now;
    }

    /**
     * Withdraws a link not used yet: a newer one replaces it (a second request for a new address), or what it was for
     * happened another way (the password was changed). Recorded as spent, so that it opens nothing any more.
     */
    public void revoke(LocalDateTime now) {
        if (usedAt == null) {
            usedAt = now;
        }
    }

    public Long getId() { return id; }
    public Account getAccount() { return account; }
    public TokenPurpose getPurpose() { return purpose; }
    public String getTokenHash() { return tokenHash; }
    public String getEmail() { return email; }
    public LocalDateTime getCreatedAt() { return createdAt; }
    public LocalDateTime getExpiresAt() { return expiresAt; }
    public LocalDateTime getUsedAt() { return usedAt; }
}

package org.scolarite.signin.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.Locale;
import java.util.Objects;

/**
 * One failed credential check, counted against an identifier or an address. Insert-only: counting is a range query,
 * so that servers of a cluster never contend on a counter row. Only a digest of the key is kept.
 */
@Entity
@Table(name = "login_failure")
public class LoginFailure {

    @Id
    @SequenceGenerator(name = "login_failure_seq", sequenceName = "login_failure_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "login_failure_seq")
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private FailureScope scope;

    /** {@link #digest} of the key. */
    @Column(name = "key_digest", nullable = false)
    private String keyDigest;

    @Column(name = "failed_at", nullable = false)
    private LocalDateTime failedAt;

    protected LoginFailure() {
    }

    public LoginFailure(FailureScope scope, String key, LocalDateTime failedAt) {
        this.scope = Objects.requireNonNull(scope);
        this.keyDigest = digest(scope, key);
        this.failedAt = Objects.requireNonNull(failedAt);
    }

    /**
     * SHA-256 (Base64url, 43 characters) of the key as it is counted: an identifier trimmed and lower-cased (so that
     * « Lea.Durand » and « lea.durand  » are one key), an address as given. A missing key counts as the empty one.
     */
    public static String digest(FailureScope scope, String key) {
        String counted = key == null ? "" : key.strip();
        if (scope == FailureScope.IDENTIFIER) {
            counted = counted.toLowerCase(Locale.ROOT);
        }
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(counted.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public Long getId() { return id; }
    public FailureScope getScope() { return scope; }
    public String getKeyDigest() { return keyDigest; }
    public LocalDateTime getFailedAt() { return failedAt; }
}

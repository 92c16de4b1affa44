package org.scolarite.account.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.security.SecureRandom;
import java.util.Map;

/**
 * Hashes chosen passwords with Jakarta Security's PBKDF2 (DESIGN « Model »: secrets). Parameters: HMAC-SHA-512 with
 * 210,000 iterations, OWASP's recommendation for PBKDF2-HMAC-SHA512 (Password Storage Cheat Sheet, 2023), so that a
 * stolen table costs an attacker as much as it reasonably can while a sign-in stays well under a second; a 32-byte
 * random salt per password (no two hashes alike, no precomputed tables) and a 64-byte key, the full output of
 * SHA-512 (a longer key would only cost us, not the attacker). The stored string carries its own algorithm,
 * iterations and salt, so raising these later does not break existing hashes.
 */
@ApplicationScoped
public class PasswordHashing {

    static final Map<String, String> PARAMETERS = Map.of(
            "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
            "Pbkdf2PasswordHash.Iterations", "210000",
            "Pbkdf2PasswordHash.SaltSizeBytes", "32",
            "Pbkdf2PasswordHash.KeySizeBytes", "64");

    private Pbkdf2PasswordHash pbkdf2;
    /** A hash of nothing anyone knows, verified when there is no real one so that every refusal costs the same. */
    private String decoy;

    /** For the CDI proxy only. */
    protected PasswordHashing() {
    }

    @Inject
    public PasswordHashing(Pbkdf2PasswordHash pbkdf2) {
        pbkdf2.initialize(PARAMETERS);
        this.pbkdf2 = pbkdf2;
        this.decoy = pbkdf2.generate(randomSecret());
    }

    public String hash(char[] password) {
        return pbkdf2.generate(password);
    }

    public boolean verify(char[] password, String storedHash) {
        return pbkdf2.verify(password, storedHash);
    }

    /**
     * Spends the time of one verification on a hash nobody's password matches: called when there is no chosen password
     * to check (unknown identifier, temporary password), so that a sign-in always costs one PBKDF2 computation and its
     * delay does not tell a stranger which identifiers exist (R-PORTAL-3).
     */
    public void verifyAgainstDecoy(char[] password) {
        pbkdf2.verify(password, decoy);
    }

    private static char[] randomSecret() {
        SecureRandom random = new SecureRandom();
        char[] secret = new char[32];
        for (int i = 0; i < secret.length; i++) {
            secret[i] = (char) ('!' + random.nextInt(94));
        }
        return secret;
    }
}

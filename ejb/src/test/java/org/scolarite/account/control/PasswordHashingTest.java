package org.scolarite.account.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.glassfish.soteria.identitystores.hash.Pbkdf2PasswordHashImpl;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** With Soteria's PBKDF2, the implementation Payara injects. */
class PasswordHashingTest {

    private static PasswordHashing hashing;
    private static String stored;

    @BeforeAll
    static void hashOnce() {
        hashing = new PasswordHashing(new Pbkdf2PasswordHashImpl());
        stored = hashing.hash("Soleil2025".toCharArray());
    }

    @Test
    @DisplayName("A chosen password is stored as a PBKDF2-HMAC-SHA512 hash, 210,000 iterations, 32-byte salt, 64-byte key")
    void parameters() {
        String[] parts = stored.split(":");

        assertThat(parts).hasSize(4);
        assertThat(parts[0]).isEqualTo("PBKDF2WithHmacSHA512");
        assertThat(parts[1]).isEqualTo("210000");
        assertThat(Base64.getDecoder().decode(parts[2])).hasSize(32);
        assertThat(Base64.getDecoder().decode(parts[3])).hasSize(64);
        assertThat(stored).doesNotContain("Soleil2025");
    }

    @Test
    @DisplayName("The right password verifies, any other does not")
    void verifies() {
        assertThat(hashing.verify("Soleil2025".toCharArray(), stored)).isTrue();
        assertThat(hashing.verify("soleil2025".toCharArray(), stored)).isFalse();
        assertThat(hashing.verify(new char[0], stored)).isFalse();
    }

    @Test
    @DisplayName("Each hash has its own salt: the same password never gives the same hash")
    void salted() {
        assertThat(hashing.hash("Soleil2025".toCharArray())).isNotEqualTo(stored);
    }

    @Test
    @DisplayName("A hash made with older, weaker parameters still verifies: each hash carries its own parameters")
    void verifiesOlderHashes() {
        Pbkdf2PasswordHashImpl older = new Pbkdf2PasswordHashImpl();
        older.initialize(Map.of("Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
                "Pbkdf2PasswordHash.Iterations", "10000"));
        String olderHash = older.generate("Soleil2025".toCharArray());

        assertThat(hashing.verify("Soleil2025".toCharArray(), olderHash)).isTrue();
    }

    @Test
    @DisplayName("R-PORTAL-3: the decoy runs one full verification, with the same parameters as a real one, and accepts nothing")
    void decoyCostsOneVerification() {
        CountingHash counting = new CountingHash();
        PasswordHashing withDecoy = new PasswordHashing(counting);

        withDecoy.verifyAgainstDecoy("Soleil2025".toCharArray());

        assertThat(counting.verified).hasSize(1);
        assertThat(counting.verified.get(0)).startsWith("PBKDF2WithHmacSHA512:210000:");
        assertThat(counting.accepted).isZero();
    }

    /** Soteria's PBKDF2, recording what it is asked to verify. */
    private static final class CountingHash extends Pbkdf2PasswordHashImpl {
        final List<String> verified = new ArrayList<>();
        int accepted;

        @Override
        public boolean verify(char[] password, String hashedPassword) {
            verified.add(hashedPassword);
            boolean result = super.verify(password, hashedPassword);
            accepted += result ? 1 : 0;
            return result;
        }
    }
}

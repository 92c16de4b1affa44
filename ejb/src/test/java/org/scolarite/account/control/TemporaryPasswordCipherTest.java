package org.scolarite.account.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TemporaryPasswordCipherTest {

    private final byte[] key = randomKey();
    private final TemporaryPasswordCipher cipher = new TemporaryPasswordCipher(key);

    @Test
    @DisplayName("Temporary passwords are encrypted at rest and decrypt back for the letter")
    void roundTrip() {
        String stored = cipher.encrypt("k7mz3qpa");

        assertThat(stored).doesNotContain("k7mz3qpa");
        assertThat(Base64.getDecoder().decode(stored)).as("12-byte IV, 8 bytes, 16-byte tag").hasSize(36);
        assertThat(cipher.decrypt(stored)).isEqualTo("k7mz3qpa");
    }

    @Test
    @DisplayName("Each value gets its own random IV: the same password never gives the same ciphertext")
    void freshIvEachTime() {
        assertThat(cipher.encrypt("k7mz3qpa")).isNotEqualTo(cipher.encrypt("k7mz3qpa"));
    }

    @Test
    @DisplayName("R-ACC-4: the typed temporary password is compared with the stored one")
    void matchesTypedPassword() {
        String stored = cipher.encrypt("k7mz3qpa");

        assertThat(cipher.matches(stored, "k7mz3qpa".toCharArray())).isTrue();
        assertThat(cipher.matches(stored, "k7mz3qpb".toCharArray())).isFalse();
        assertThat(cipher.matches(stored, "k7mz3qp".toCharArray())).isFalse();
        assertThat(cipher.matches(stored, "K7MZ3QPA".toCharArray())).isFalse();
        assertThat(cipher.matches(stored, new char[0])).isFalse();
    }

    @ParameterizedTest
    @DisplayName("A ciphertext altered anywhere (IV, body or tag) is refused, not decrypted to garbage")
    @ValueSource(ints = {0, 11, 12, 20, 35})
    void detectsTampering(int alteredByte) {
        byte[] sealed = Base64.getDecoder().decode(cipher.encrypt("k7mz3qpa"));
        sealed[alteredByte] ^= 0x01;
        String tampered = Base64.getEncoder().encodeToString(sealed);

        assertThatIllegalStateException().isThrownBy(() -> cipher.decrypt(tampered))
                .withMessageContaining("valeur altérée");
        assertThatIllegalStateException().isThrownBy(() -> cipher.matches(tampered, "k7mz3qpa".toCharArray()));
    }

    @Test
    @DisplayName("A value sealed with another key, or that is not a ciphertext at all, is refused naming the key's variable")
    void refusesForeignValues() {
        String sealedElsewhere = new TemporaryPasswordCipher(randomKey()).encrypt("k7mz3qpa");

        assertThatIllegalStateException().isThrownBy(() -> cipher.decrypt(sealedElsewhere))
                .withMessageContaining("TELESERVICES_SECRET_KEY");
        assertThatIllegalStateException().isThrownBy(() -> cipher.decrypt("k7mz3qpa"));
        assertThatIllegalStateException().isThrownBy(() -> cipher.decrypt("AAAA"));
    }

    @Test
    @DisplayName("The key is read as Base64 from the configuration")
    void readsTheConfiguredKey() {
        TemporaryPasswordCipher configured =
                new TemporaryPasswordCipher(Optional.of(" " + Base64.getEncoder().encodeToString(key) + "\n"));

        assertThat(configured.decrypt(cipher.encrypt("k7mz3qpa"))).isEqualTo("k7mz3qpa");
    }

    @Test
    @DisplayName("A missing key gives one clear message naming TELESERVICES_SECRET_KEY")
    void missingKey() {
        assertThatIllegalStateException().isThrownBy(() -> new TemporaryPasswordCipher(Optional.empty()))
                .withMessage("Clé de chiffrement des mots de passe provisoires invalide (la clé est absente) : "
                        + "définir la variable d'environnement TELESERVICES_SECRET_KEY (propriété "
                        + "teleservices.secret-key) avec 32 octets aléatoires encodés en Base64, par exemple "
                        + "« openssl rand -base64 32 ».");
        assertThatIllegalStateException().isThrownBy(() -> new TemporaryPasswordCipher(Optional.of("  ")))
                .withMessageContaining("TELESERVICES_SECRET_KEY");
    }

    @Test
    @DisplayName("An ill-formed key (not Base64, or not 32 bytes) gives the same message naming TELESERVICES_SECRET_KEY")
    void illFormedKey() {
        assertThatIllegalStateException().isThrownBy(() -> new TemporaryPasswordCipher(Optional.of("pas du base64 !")))
                .withMessageContaining("TELESERVICES_SECRET_KEY").withMessageContaining("pas du Base64");
        String shortKey = Base64.getEncoder().encodeToString(new byte[16]);
        assertThatIllegalStateException().isThrownBy(() -> new TemporaryPasswordCipher(Optional.of(shortKey)))
                .withMessageContaining("TELESERVICES_SECRET_KEY").withMessageContaining("32 octets");
        assertThatIllegalStateException().isThrownBy(() -> new TemporaryPasswordCipher((byte[]) null))
                .withMessageContaining("TELESERVICES_SECRET_KEY");
    }

    private static byte[] randomKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return key;
    }
}

package org.scolarite.account.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Encrypts temporary passwords at rest (DESIGN « Model »: secrets). They cannot be hashed: class lists and
 * re-notification letters must print them again (R-LIST-1, R-ACC-8) until activation clears them. AES-256-GCM with
 * a fresh random 12-byte IV per value: GCM authenticates, so a value altered in the database is refused instead of
 * decrypting to garbage, and a fresh IV keeps two equal passwords from giving equal ciphertexts. Stored as
 * Base64(IV ‖ ciphertext ‖ tag).
 *
 * <p>The key is 32 random bytes, Base64-encoded, from MicroProfile Config {@code teleservices.secret-key}, i.e. the
 * environment variable {@value #KEY_VARIABLE} ({@code openssl rand -base64 32}). Losing it only makes the temporary
 * passwords unprintable: the accounts can be re-notified with a reset.
 */
@ApplicationScoped
public class TemporaryPasswordCipher {

    public static final String KEY_VARIABLE = "TELESERVICES_SECRET_KEY";
    static final String KEY_PROPERTY = "teleservices.secret-key";

    private static final String TRANSFORMATION = "AES/GCM/NoPadding";
    private static final int KEY_BYTES = 32;
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private SecretKeySpec key;
    private SecureRandom random;

    /** For the CDI proxy only. */
    protected TemporaryPasswordCipher() {
    }

    /** Fails at first use, with one message naming the variable to set, when the key is missing or ill-formed. */
    @Inject
    public TemporaryPasswordCipher(@ConfigProperty(name = KEY_PROPERTY) Optional<String> base64Key) {
        this(decode(base64Key));
    }

    public TemporaryPasswordCipher(byte[] key) {
        if (key == null || key.length != KEY_BYTES) {
            throw badKey("la clé doit faire " + KEY_BYTES + " octets");
        }
        this.key = new SecretKeySpec(key.clone(), "AES");
        this.random = new SecureRandom();
    }

    public String encrypt(String temporaryPassword) {
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
            byte[] sealed = cipher.doFinal(temporaryPassword.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(ByteBuffer.allocate(IV_BYTES + sealed.length)
                    .put(iv).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Chiffrement AES-GCM indisponible", e);
        }
    }

    /** The temporary password in clear, for a letter or a class list; refuses a value altered or sealed by another key. */
    public String decrypt(String stored) {
        return new String(open(stored), StandardCharsets.UTF_8);
    }

    /**
     * Whether {@code typed} is the stored temporary password, compared in constant time so that the delay of a refusal
     * does not tell how many leading characters were right.
     */
    public boolean matches(String stored, char[] typed) {
        byte[] expected = open(stored);
        ByteBuffer encoded = StandardCharsets.UTF_8.encode(CharBuffer.wrap(typed));
        byte[] given = Arrays.copyOf(encoded.array(), encoded.limit());
        try {
            return MessageDigest.isEqual(expected, given);
        } finally {
            Arrays.fill(expected, (byte) 0);
            Arrays.fill(given, (byte) 0);
            Arrays.fill(encoded.array(), (byte) 0);
        }
    }

    private byte[] open(String stored) {
        try {
            byte[] sealed = Base64.getDecoder().decode(stored);
            if (sealed.length <= IV_BYTES) {
                throw new IllegalArgumentException("too short");
            }
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, sealed, 0, IV_BYTES));
            return cipher.doFinal(sealed, IV_BYTES, sealed.length - IV_BYTES);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("Mot de passe provisoire chiffré illisible : valeur altérée, ou chiffrée "
                    + "avec une autre clé que celle de " + KEY_VARIABLE + ".", e);
        }
    }

    private static byte[] decode(Optional<String> base64Key) {
        String value = base64Key.map(String::strip).filter(k -> !k.isEmpty())
                .orElseThrow(() -> badKey("la clé est absente"));
        try {
            return Base64.getDecoder().decode(value);
        } catch (IllegalArgumentException e) {
            throw badKey("la valeur n'est pas du Base64");
        }
    }

    private static IllegalStateException badKey(String problem) {
        return new IllegalStateException("Clé de chiffrement des mots de passe provisoires invalide (" + problem
                + ") : définir la variable d'environnement " + KEY_VARIABLE + " (propriété " + KEY_PROPERTY
                + ") avec " + KEY_BYTES + " octets aléatoires encodés en Base64, par exemple « openssl rand -base64 32 ».");
    }
}

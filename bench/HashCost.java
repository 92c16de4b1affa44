import java.security.SecureRandom;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * The cost of one password hash as the application computes it (PasswordHashing: PBKDF2-HMAC-SHA512, 210 000
 * iterations, 32-byte salt, 64-byte key), measured alone on one core: a few warm-up rounds, then the median of ten.
 * Prints the milliseconds. Run by bin/loadtest with the JDK's single-file launcher: java bench/HashCost.java
 */
public class HashCost {
    public static void main(String[] args) throws Exception {
        SecretKeyFactory pbkdf2 = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA512");
        byte[] salt = new byte[32];
        new SecureRandom().nextBytes(salt);
        char[] password = "Cartable-2026".toCharArray();
        for (int i = 0; i < 3; i++) {
            pbkdf2.generateSecret(new PBEKeySpec(password, salt, 210_000, 512)).getEncoded();
        }
        long[] times = new long[10];
        for (int i = 0; i < times.length; i++) {
            long start = System.nanoTime();
            pbkdf2.generateSecret(new PBEKeySpec(password, salt, 210_000, 512)).getEncoded();
            times[i] = System.nanoTime() - start;
        }
        java.util.Arrays.sort(times);
        System.out.printf(java.util.Locale.ROOT, "%.1f%n", times[times.length / 2] / 1e6);
    }
}

package org.scolarite.payment.entity;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The HMAC-SHA256 the gateway puts on a return or a notification, over {@link GatewayReturn#canonical()} with the key
 * shared with it (configuration, never in the sources). Compared in constant time: the time taken does not tell how
 * much of a forged signature was right.
 */
public final class GatewaySignature {

    private static final String ALGORITHM = "HmacSHA256";
    private final SecretKeySpec key;

    public GatewaySignature(byte[] key) {
        if (key == null || key.length < 16) {
            throw new IllegalArgumentException("La clé HMAC de la passerelle de paiement compte au moins 16 octets");
        }
        this.key = new SecretKeySpec(key.clone(), ALGORITHM);
    }

    /** Base64url without padding, as it travels in a URL. */
    public String sign(GatewayReturn result) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(mac.doFinal(result.canonical().getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 indisponible", e);
        }
    }

    /** Whether {@code signature} is this key's signature of exactly these fields. */
    public boolean verify(GatewayReturn result, String signature) {
        if (signature == null) {
            return false;
        }
        return MessageDigest.isEqual(sign(result).getBytes(StandardCharsets.US_ASCII),
                signature.getBytes(StandardCharsets.US_ASCII));
    }
}

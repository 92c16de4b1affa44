package org.scolarite.payment.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.scolarite.payment.entity.GatewayReturn;
import org.scolarite.payment.entity.GatewaySignature;

/**
 * The PayFiP-style gateway of the embedded default and of the tests: a page of the portal ({@code
 * /payfip-simulateur/paiement}) stands for the public finances' payment page and answers with parameters signed
 * by HMAC-SHA256. Switched on only by {@code TELESERVICES_PAYFIP_SIMULATOR=true} ({@code bin/run} and {@code bin/test}
 * set it; a production configuration never does), so that nobody can « pay » through it on a real server.
 *
 * <p>The HMAC key is {@code TELESERVICES_PAYFIP_KEY} (Base64, at least 16 bytes) when given; otherwise it is derived
 * from the application's secret key ({@code TELESERVICES_SECRET_KEY}, which {@code bin/run} provisions), so that the
 * demo needs no other secret and no key is ever in the sources.
 */
@ApplicationScoped
public class PayfipSimulator implements PaymentGateway {

    /** The simulator's page, from the portal's context root. */
    public static final String PAGE = "/payfip-simulateur/paiement";

    @Inject
    @ConfigProperty(name = "teleservices.payfip-simulator", defaultValue = "false")
    boolean enabled;

    @Inject
    @ConfigProperty(name = "teleservices.payfip-key")
    Optional<String> key;

    @Inject
    @ConfigProperty(name = "teleservices.secret-key")
    Optional<String> secretKey;

    private GatewaySignature signature;

    @Override
    public boolean available() {
        return enabled;
    }

    @Override
    public URI createOrder(PaymentOrder order) {
        if (!enabled) {
            throw new IllegalStateException("Aucune passerelle de paiement n’est configurée");
        }
        return URI.create(PAGE + "?ref=" + order.reference());
    }

    @Override
    public Optional<GatewayReturn> verify(Map<String, String> parameters) {
        if (!enabled) {
            return Optional.empty();
        }
        return GatewayReturn.read(parameters)
                .filter(answer -> signature().verify(answer, parameters.get(GatewayReturn.SIGNATURE)));
    }

    /** The simulator's own signature on its answer (its page's buttons). */
    public String sign(GatewayReturn answer) {
        if (!enabled) {
            throw new IllegalStateException("Simulateur PayFiP désactivé");
        }
        return signature().sign(answer);
    }

    private synchronized GatewaySignature signature() {
        if (signature == null) {
            signature = new GatewaySignature(keyBytes());
        }
        return signature;
    }

    private byte[] keyBytes() {
        if (key.isPresent() && !key.get().isBlank()) {
            return Base64.getDecoder().decode(key.get().strip());
        }
        String secret = secretKey.filter(s -> !s.isBlank()).orElseThrow(() -> new IllegalStateException(
                "Clé du simulateur PayFiP absente : définissez TELESERVICES_PAYFIP_KEY ou TELESERVICES_SECRET_KEY"));
        try {
            // A key of its own, derived: the HMAC never uses the key that encrypts the temporary passwords as is.
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.strip().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac.doFinal("payfip-simulateur".getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 indisponible", e);
        }
    }
}

package org.scolarite.payment.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class GatewaySignatureTest {

    private static final GatewaySignature GATEWAY = new GatewaySignature(
            "clé partagée avec la passerelle".getBytes(StandardCharsets.UTF_8));
    private static final GatewayReturn PAID = new GatewayReturn("TSABCDEFGH23456789", 3000, GatewayOutcome.PAID,
            "123456", "SIM-0001");

    private static Map<String, String> signed(GatewayReturn answer, GatewaySignature by) {
        Map<String, String> parameters = new HashMap<>(answer.fields());
        parameters.put(GatewayReturn.SIGNATURE, by.sign(answer));
        return parameters;
    }

    /** What the portal does with the request's parameters: read, then verify the signature over what was read. */
    private static boolean accepted(Map<String, String> parameters) {
        return GatewayReturn.read(parameters)
                .filter(a -> GATEWAY.verify(a, parameters.get(GatewayReturn.SIGNATURE))).isPresent();
    }

    @Test
    @DisplayName("R-PAY-2: the gateway's own signature over its fields is accepted, and reads back the same answer")
    void genuine() {
        Map<String, String> parameters = signed(PAID, GATEWAY);
        assertThat(accepted(parameters)).isTrue();
        assertThat(GatewayReturn.read(parameters)).contains(PAID);
    }

    @Test
    @DisplayName("R-PAY-2: a tampered amount (3000 → 300 cents), result or reference breaks the HMAC: refused")
    void tampered() {
        Map<String, String> amount = signed(PAID, GATEWAY);
        amount.put(GatewayReturn.AMOUNT, "300");
        assertThat(accepted(amount)).isFalse();
        Map<String, String> result = signed(new GatewayReturn(PAID.reference(), 3000, GatewayOutcome.REFUSED, null,
                "SIM-0001"), GATEWAY);
        result.put(GatewayReturn.RESULT, "P");
        assertThat(accepted(result)).isFalse();
        Map<String, String> reference = signed(PAID, GATEWAY);
        reference.put(GatewayReturn.REFERENCE, "TSZZZZZZZZZZZZZZZZ");
        assertThat(accepted(reference)).isFalse();
    }

    @Test
    @DisplayName("R-PAY-2: signed with another key, or unsigned, or with a malformed field: refused")
    void wrongKeyOrMalformed() {
        GatewaySignature other = new GatewaySignature("une autre clé, pas celle-là".getBytes(StandardCharsets.UTF_8));
        assertThat(accepted(signed(PAID, other))).isFalse();
        Map<String, String> unsigned = new HashMap<>(PAID.fields());
        assertThat(accepted(unsigned)).isFalse();
        Map<String, String> malformed = signed(PAID, GATEWAY);
        malformed.put(GatewayReturn.AMOUNT, "30.00");
        assertThat(GatewayReturn.read(malformed)).isEmpty();
        malformed.put(GatewayReturn.AMOUNT, "3000");
        malformed.put(GatewayReturn.RESULT, "X");
        assertThat(GatewayReturn.read(malformed)).isEmpty();
        malformed.put(GatewayReturn.RESULT, "P");
        malformed.put(GatewayReturn.NOTIFICATION, "SIM-0001\nfaux journal");
        assertThat(GatewayReturn.read(malformed)).isEmpty();
    }

    @Test
    @DisplayName("R-PAY-2: a replayed notification carries the same id, which the signature covers: it cannot be "
            + "passed off as a new one (another idop breaks the HMAC)")
    void replayedNotificationId() {
        Map<String, String> replay = signed(PAID, GATEWAY);
        assertThat(GatewayReturn.read(replay).orElseThrow().notificationId()).isEqualTo("SIM-0001");
        replay.put(GatewayReturn.NOTIFICATION, "SIM-0002");
        assertThat(accepted(replay)).isFalse();
    }
}

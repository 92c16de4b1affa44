package org.scolarite.payment.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.scolarite.payment.control.PayfipSimulator;
import org.scolarite.payment.entity.GatewayOutcome;
import org.scolarite.payment.entity.GatewayReturn;
import org.scolarite.payment.entity.OnlinePayment;
import org.scolarite.payment.entity.PaymentAmount;
import org.scolarite.payment.entity.TipiClient;
import org.scolarite.settings.boundary.EstablishmentSettings;
import org.scolarite.settings.entity.PaymentSettings;
import org.scolarite.settings.entity.Setting;

/**
 * The PayFiP simulator's side (the embedded default and the tests): it reads an order as the public finances' page
 * would and produces the answer that gateway would send, signed with the shared key. Answers nothing — as if it did
 * not exist — unless the simulator is switched on ({@code TELESERVICES_PAYFIP_SIMULATOR=true}).
 */
@Stateless
public class PayfipSimulatorDesk {

    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext(unitName = "teleservices")
    private EntityManager em;

    @Inject
    private PayfipSimulator simulator;

    @Inject
    private EstablishmentSettings settings;

    public boolean enabled() {
        return simulator.available();
    }

    public Optional<SimulatedOrder> order(String reference) {
        if (!simulator.available() || reference == null) {
            return Optional.empty();
        }
        return em.createQuery("SELECT p FROM OnlinePayment p JOIN FETCH p.invoice WHERE p.reference = :r",
                        OnlinePayment.class).setParameter("r", reference).getResultStream().findFirst()
                .map(p -> {
                    PaymentSettings terms = settings.effectiveToday(p.getEstablishmentId(), Setting.PAYMENT);
                    String number = terms == null ? "" : terms.tipiClientNumber();
                    TipiClient client = number.isEmpty() ? null : em.find(TipiClient.class, number);
                    return new SimulatedOrder(p.getReference(), number,
                            client == null ? "" : client.getEstablishmentName(), p.getInvoice().getNumber(),
                            p.getAmount(), p.getStatus());
                });
    }

    /**
     * The signed parameters of the gateway's answer for this order: the same for its notification and for the
     * browser's return (one notification id), as PayFiP sends them.
     */
    public Map<String, String> answer(String reference, GatewayOutcome outcome) {
        SimulatedOrder order = order(reference).orElseThrow(() -> new IllegalArgumentException(
                "Ordre de paiement inconnu du simulateur"));
        GatewayReturn answer = new GatewayReturn(order.reference(), PaymentAmount.cents(order.amount()), outcome,
                outcome == GatewayOutcome.PAID ? String.format("%06d", RANDOM.nextInt(1_000_000)) : null,
                "SIM-" + HexFormat.of().formatHex(randomBytes()));
        Map<String, String> parameters = new LinkedHashMap<>(answer.fields());
        parameters.put(GatewayReturn.SIGNATURE, simulator.sign(answer));
        return parameters;
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[12];
        RANDOM.nextBytes(bytes);
        return bytes;
    }
}

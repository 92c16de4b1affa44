package org.scolarite.payment.entity;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What the gateway says about one payment order, on the browser's return and in its server-to-server notification
 * (the same fields, the same notification id): the order's reference, the amount in cents, the outcome, the bank's
 * authorisation number (paid only) and the notification's unique id. Read from the request's parameters, each checked
 * for its form; whether the gateway really sent it is {@link GatewaySignature}'s business.
 */
public record GatewayReturn(String reference, long amountCents, GatewayOutcome outcome, String authorisation,
                            String notificationId) {

    public static final String REFERENCE = "refdet";
    public static final String AMOUNT = "montant";
    public static final String RESULT = "resultrans";
    public static final String AUTHORISATION = "numauto";
    public static final String NOTIFICATION = "idop";
    public static final String SIGNATURE = "sig";

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9-]{1,64}");
    private static final Pattern CENTS = Pattern.compile("\\d{1,11}");

    /** The parameters' values when each has its form, in the order they are signed; empty otherwise. */
    public static Optional<GatewayReturn> read(Map<String, String> parameters) {
        String reference = parameters.get(REFERENCE);
        String amount = parameters.get(AMOUNT);
        Optional<GatewayOutcome> outcome = GatewayOutcome.ofCode(parameters.get(RESULT));
        String authorisation = parameters.getOrDefault(AUTHORISATION, "");
        String notification = parameters.get(NOTIFICATION);
        if (reference == null || !ID.matcher(reference).matches() || amount == null || !CENTS.matcher(amount).matches()
                || outcome.isEmpty() || notification == null || !ID.matcher(notification).matches()
                || !(authorisation.isEmpty() || ID.matcher(authorisation).matches())) {
            return Optional.empty();
        }
        return Optional.of(new GatewayReturn(reference, Long.parseLong(amount), outcome.get(),
                authorisation.isEmpty() ? null : authorisation, notification));
    }

    /** The signed fields, in a fixed order: the signature covers every one of them. */
    public Map<String, String> fields() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put(REFERENCE, reference);
        fields.put(AMOUNT, Long.toString(amountCents));
        fields.put(RESULT, outcome.code());
        fields.put(AUTHORISATION, authorisation == null ? "" : authorisation);
        fields.put(NOTIFICATION, notificationId);
        return fields;
    }

    /** « refdet=…&montant=…&… »: what the HMAC is computed over. */
    public String canonical() {
        StringBuilder text = new StringBuilder();
        fields().forEach((name, value) -> text.append(text.isEmpty() ? "" : "&").append(name).append('=')
                .append(value));
        return text.toString();
    }
}

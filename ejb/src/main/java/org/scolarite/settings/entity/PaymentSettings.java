package org.scolarite.settings.entity;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * Paiement en ligne (R-PAY-1): the TIPI/PayFiP client number given by the public finance office, the minimum
 * amount of an online payment and the address families write to. Whether the number exists is checked against
 * the reference list by the service; here only its form.
 */
public record PaymentSettings(String tipiClientNumber, BigDecimal minimumAmount, String contactEmail) {

    public static final BigDecimal AMOUNT_CEILING = new BigDecimal("9999.99");

    private static final Pattern CLIENT_NUMBER = Pattern.compile("\\d{6}");
    private static final Pattern AMOUNT = Pattern.compile("\\d{1,4}([.,]\\d{1,2})?");

    public PaymentSettings validated() {
        String number = tipiClientNumber == null ? "" : tipiClientNumber.strip();
        if (!CLIENT_NUMBER.matcher(number).matches()) {
            throw new SettingRejected("tipiClientNumber",
                    "Le numéro de client TIPI compte 6 chiffres (il est fourni par la DDFiP).");
        }
        if (minimumAmount == null) {
            throw new SettingRejected("minimumAmount", "Le montant minimum est obligatoire.");
        }
        if (minimumAmount.signum() <= 0 || minimumAmount.compareTo(AMOUNT_CEILING) > 0
                || minimumAmount.stripTrailingZeros().scale() > 2) {
            throw new SettingRejected("minimumAmount",
                    "Le montant minimum doit être positif, avec au plus deux décimales (exemple\u00a0: 1,50).");
        }
        return new PaymentSettings(number, minimumAmount.setScale(2),
                WebAddress.requireEmail("contactEmail", contactEmail));
    }

    /** Reads an amount as typed in French (« 1,50 », « 12 ») or with a dot; refuses anything else. */
    public static BigDecimal parseAmount(String typed) {
        String trimmed = typed == null ? "" : typed.strip().replace('\u00a0', ' ').replace(" ", "");
        if (trimmed.isEmpty()) {
            throw new SettingRejected("minimumAmount", "Le montant minimum est obligatoire.");
        }
        if (!AMOUNT.matcher(trimmed).matches()) {
            throw new SettingRejected("minimumAmount",
                    "Montant invalide\u00a0: saisissez un nombre positif avec au plus deux décimales (exemple\u00a0: 1,50).");
        }
        BigDecimal amount = new BigDecimal(trimmed.replace(',', '.'));
        if (amount.signum() <= 0) {
            throw new SettingRejected("minimumAmount", "Le montant minimum doit être supérieur à 0.");
        }
        return amount;
    }
}

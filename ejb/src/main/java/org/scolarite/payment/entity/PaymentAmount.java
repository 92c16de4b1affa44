package org.scolarite.payment.entity;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The amount of one online payment (R-PAY-2): typed in French (« 12,50 », « 12 », « 1 234,56 »), exact decimals
 * (never a floating type), at most two decimals, at least the school's minimum (R-PAY-1) and at most what remains due.
 *
 * <p>Decision — when less than the minimum remains due, the remainder is not payable online: the rule is « at least
 * the minimum », and the accounting office takes the rest at its desk (the page says so).
 */
public final class PaymentAmount {

    static final String FIELD = "amount";
    private static final Pattern TYPED = Pattern.compile("\\d{1,9}([.,]\\d{1,2})?");

    private PaymentAmount() {
    }

    /** The typed amount as an exact decimal of scale 2; a French message for anything else. */
    public static BigDecimal parse(String typed) {
        String plain = typed == null ? "" : typed.strip().replace("\u00a0", "").replace("\u202f", "")
                .replace(" ", "").replace("€", "");
        if (plain.isEmpty()) {
            throw new PaymentRefused(FIELD, "Saisissez le montant à payer.");
        }
        if (!TYPED.matcher(plain).matches()) {
            throw new PaymentRefused(FIELD, "Montant invalide\u00a0: saisissez un nombre avec au plus deux "
                    + "décimales (exemple\u00a0: 12,50).");
        }
        return new BigDecimal(plain.replace(',', '.')).setScale(2);
    }

    /**
     * The amount checked against the minimum and the balance, both of scale 2; returns it at scale 2.
     * Throws {@link PaymentRefused} with the French reason.
     */
    public static BigDecimal check(BigDecimal amount, BigDecimal minimum, BigDecimal balance) {
        if (amount == null) {
            throw new PaymentRefused(FIELD, "Saisissez le montant à payer.");
        }
        if (amount.stripTrailingZeros().scale() > 2) {
            throw new PaymentRefused(FIELD, "Le montant compte au plus deux décimales.");
        }
        BigDecimal exact = amount.setScale(2);
        if (!payable(minimum, balance)) {
            throw new PaymentRefused(FIELD, "Il reste " + euros(balance) + " à payer, moins que le minimum de "
                    + euros(minimum) + " d’un paiement en ligne\u00a0: réglez-le auprès de l’agence comptable.");
        }
        if (exact.compareTo(minimum) < 0) {
            throw new PaymentRefused(FIELD, "Le montant minimum d’un paiement en ligne est de " + euros(minimum) + ".");
        }
        if (exact.compareTo(balance) > 0) {
            throw new PaymentRefused(FIELD, "Le montant dépasse le reste à payer (" + euros(balance) + ").");
        }
        return exact;
    }

    /**
     * The amount checked as {@link #check(BigDecimal, BigDecimal, BigDecimal)} does, then against what remains once the
     * orders still waiting for the bank's answer ({@code inProgress}) are counted: two tabs, or both guardians, paying
     * the same invoice at once must not pay it twice over.
     */
    public static BigDecimal check(BigDecimal amount, BigDecimal minimum, BigDecimal balance, BigDecimal inProgress) {
        BigDecimal exact = check(amount, minimum, balance);
        if (inProgress.signum() <= 0) {
            return exact;
        }
        BigDecimal rest = balance.subtract(inProgress).max(BigDecimal.ZERO);
        if (!payable(minimum, rest)) {
            throw new PaymentRefused(FIELD, "Un paiement de " + euros(inProgress) + " de cette facture attend encore "
                    + "la réponse de la banque\u00a0: réessayez dans quelques minutes.");
        }
        if (exact.compareTo(rest) > 0) {
            throw new PaymentRefused(FIELD, "Un paiement de " + euros(inProgress) + " de cette facture attend encore "
                    + "la réponse de la banque\u00a0: vous pouvez payer au plus " + euros(rest) + ".");
        }
        return exact;
    }

    /** Whether an online payment can be made at all: something remains due, at least the minimum. */
    public static boolean payable(BigDecimal minimum, BigDecimal balance) {
        return balance.signum() > 0 && balance.compareTo(minimum) >= 0;
    }

    /** « 1 234,50 € » as families read it. */
    public static String euros(BigDecimal amount) {
        NumberFormat format = NumberFormat.getCurrencyInstance(Locale.FRANCE);
        return format.format(amount);
    }

    /** The gateway's amount: integer cents (« 1250 » for 12,50 €), exact. */
    public static long cents(BigDecimal amount) {
        return amount.setScale(2).unscaledValue().longValueExact();
    }

    public static BigDecimal ofCents(long cents) {
        return BigDecimal.valueOf(cents, 2);
    }
}

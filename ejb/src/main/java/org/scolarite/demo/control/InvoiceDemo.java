package org.scolarite.demo.control;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The demo's invoices of one pupil (R-PAY-2), deterministic for a seed and a pupil: the half-board of the first term
 * (mostly paid at the desk, sometimes in part), that of the second term (just issued, due in a month) and, for some
 * pupils, a school trip. Dates follow the seeding day so that the demo always has invoices due and overdue.
 */
public final class InvoiceDemo {

    /** One invoice as the accounting exports it (docs/feeds/factures.md). */
    public record Invoice(String sourceId, String number, String label, LocalDate issuedOn, LocalDate dueOn,
                          BigDecimal amount, BigDecimal paidElsewhere) {
    }

    private static final String[] BOARD = {"171.60", "187.20", "195.00", "204.75"};
    private static final String[][] TRIPS = {{"Sortie pédagogique — Bayeux", "18.50"},
            {"Voyage scolaire — Londres (acompte)", "120.00"}, {"Classe de neige — Les Saisies (acompte)", "150.00"}};

    private final long seed;
    private final LocalDate today;

    public InvoiceDemo(long seed, LocalDate today) {
        this.seed = seed;
        this.today = today;
    }

    /** {@code index}: the pupil's rank in his establishment, for unique invoice numbers. */
    public List<Invoice> invoices(String pupilSourceId, int index) {
        Random random = new Random(seed ^ pupilSourceId.hashCode() * 31L);
        List<Invoice> invoices = new ArrayList<>();
        String year = Integer.toString(today.minusMonths(8).getYear());
        BigDecimal board = new BigDecimal(BOARD[random.nextInt(BOARD.length)]);
        int paidShare = random.nextInt(10);
        BigDecimal paid = paidShare < 6 ? board : paidShare < 8 ? new BigDecimal("80.00") : BigDecimal.ZERO;
        invoices.add(new Invoice("DP1-" + pupilSourceId, number(year, 1, index), "Demi-pension — 1er trimestre",
                today.minusDays(75), today.minusDays(45), board, paid.setScale(2)));
        invoices.add(new Invoice("DP2-" + pupilSourceId, number(year, 2, index), "Demi-pension — 2e trimestre",
                today.minusDays(5), today.plusDays(25), board, BigDecimal.ZERO.setScale(2)));
        if (random.nextInt(3) == 0) {
            String[] trip = TRIPS[random.nextInt(TRIPS.length)];
            invoices.add(new Invoice("VOY-" + pupilSourceId, number(year, 3, index), trip[0], today.minusDays(20),
                    today.plusDays(10), new BigDecimal(trip[1]), BigDecimal.ZERO.setScale(2)));
        }
        return invoices;
    }

    private static String number(String year, int series, int index) {
        return String.format("%s-%d%05d", year, series, index + 1);
    }
}

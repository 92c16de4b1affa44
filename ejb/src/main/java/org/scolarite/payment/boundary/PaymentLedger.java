package org.scolarite.payment.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.OutputStream;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.scolarite.payment.entity.OnlinePayment;
import org.scolarite.payment.entity.PaymentStatus;
import org.scolarite.platform.control.FrenchExcelCsv;
import org.scolarite.staff.boundary.StaffDirectory;
import org.scolarite.staff.entity.StaffRole;

/**
 * The school's online payments (console « Paiements en ligne »), for the head and the accountant only (R-ROLE-1),
 * newest first, and their CSV export (French spreadsheet conventions: « ; », decimal comma, UTF-8 with a BOM).
 */
@Stateless
public class PaymentLedger {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    @PersistenceContext(unitName = "teleservices")
    private EntityManager em;

    @Inject
    private StaffDirectory staff;

    /** {@code status} null: every payment. */
    public List<PaymentLine> payments(String actor, long establishmentId, PaymentStatus status) {
        staff.requireRole(actor, establishmentId, StaffRole.HEAD, StaffRole.ACCOUNTANT);
        // Two queries rather than « :status IS NULL »: PostgreSQL cannot type a parameter compared only with NULL.
        var query = em.createQuery("SELECT p FROM OnlinePayment p JOIN FETCH p.invoice i JOIN FETCH i.student s "
                        + "LEFT JOIN FETCH s.division WHERE p.establishmentId = :e"
                        + (status == null ? "" : " AND p.status = :status") + " ORDER BY p.createdAt DESC, p.id DESC",
                OnlinePayment.class).setParameter("e", establishmentId);
        if (status != null) {
            query.setParameter("status", status);
        }
        return query.getResultList().stream().map(InvoicePayments::paymentLine).toList();
    }

    public void writeCsv(String actor, long establishmentId, PaymentStatus status, OutputStream out) {
        List<PaymentLine> lines = payments(actor, establishmentId, status);
        FrenchExcelCsv csv = FrenchExcelCsv.start(out, List.of("Référence", "Date", "Élève", "Division", "Facture",
                "Objet", "Montant (€)", "État", "Payé le", "Autorisation", "Payeur"));
        for (PaymentLine p : lines) {
            csv.row(p.reference(), p.createdAt().format(DATE_TIME), p.pupil(), p.division(), p.invoiceNumber(),
                    p.invoiceLabel(), p.amount().toPlainString().replace('.', ','), label(p.status()),
                    p.settledAt() == null ? "" : p.settledAt().format(DATE_TIME), p.authorisation(), p.payer());
        }
        csv.finish();
    }

    public static String label(PaymentStatus status) {
        return switch (status) {
            case PENDING -> "En attente";
            case PAID -> "Payé";
            case REFUSED -> "Refusé";
            case ABANDONED -> "Abandonné";
        };
    }
}

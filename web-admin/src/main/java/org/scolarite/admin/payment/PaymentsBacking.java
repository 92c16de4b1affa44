package org.scolarite.admin.payment;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.scolarite.admin.home.CurrentEstablishment;
import org.scolarite.payment.boundary.PaymentLedger;
import org.scolarite.payment.boundary.PaymentLine;
import org.scolarite.payment.entity.PaymentAmount;
import org.scolarite.payment.entity.PaymentStatus;
import org.scolarite.staff.entity.StaffRole;

/**
 * « Paiements en ligne » (R-PAY-2): the school's online payments, newest first, filtered by status, with their total,
 * and the same lines as CSV. Head and accountant (R-ROLE-1); the service checks the role again on the server.
 */
@Named
@ViewScoped
public class PaymentsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CurrentEstablishment current;

    @Inject
    private transient PaymentLedger ledger;

    private Long establishmentId;
    private PaymentStatus status;
    private transient List<PaymentLine> lines;

    /** Loads for the establishment chosen in the header, again when the header's switcher changed it. */
    public void followSwitcher() {
        Long selected = current.getSelectedId();
        if (!Objects.equals(selected, establishmentId)) {
            establishmentId = selected;
            lines = null;
        }
    }

    public boolean isAllowed() {
        return establishmentId != null && current.getSelected() != null
                && current.getSelected().allows(StaffRole.HEAD, StaffRole.ACCOUNTANT);
    }

    public List<PaymentLine> getLines() {
        if (lines == null) {
            lines = isAllowed() ? ledger.payments(current.username(), establishmentId, status) : List.of();
        }
        return lines;
    }

    /** The total actually received, paid payments only, as « 1 234,50 € ». */
    public String getPaidTotal() {
        return PaymentAmount.euros(getLines().stream().filter(PaymentLine::paid).map(PaymentLine::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2));
    }

    public long getPaidCount() {
        return getLines().stream().filter(PaymentLine::paid).count();
    }

    public void filter() {
        lines = null;
    }

    public StreamedContent getCsv() {
        String actor = current.username();
        long establishment = establishmentId;
        PaymentStatus chosen = status;
        return DefaultStreamedContent.builder()
                .name("paiements-en-ligne-" + LocalDate.now() + ".csv")
                .contentType("text/csv; charset=UTF-8")
                .writer(out -> ledger.writeCsv(actor, establishment, chosen, out))
                .build();
    }

    public PaymentStatus[] getStatuses() {
        return PaymentStatus.values();
    }

    public PaymentStatus getStatus() {
        return status;
    }

    public void setStatus(PaymentStatus status) {
        this.status = status;
    }
}

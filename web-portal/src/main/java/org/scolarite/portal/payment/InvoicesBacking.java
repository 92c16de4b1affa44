package org.scolarite.portal.payment;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import org.scolarite.catalog.entity.NationalService;
import org.scolarite.catalog.entity.ServiceKey;
import org.scolarite.payment.boundary.FamilyInvoices;
import org.scolarite.payment.boundary.InvoicePayments;
import org.scolarite.portal.navigation.CurrentFamily;
import org.scolarite.portal.navigation.PortalVisits;
import org.scolarite.staff.boundary.AccessDeniedException;

/**
 * « Paiement des factures » (R-PAY-2): the shown child's invoices and online payments. « ?paiement=refuse|abandon »
 * is where the gateway's return lands when nothing was paid: the page says so.
 */
@Named("invoices")
@RequestScoped
public class InvoicesBacking {

    @Inject
    private CurrentFamily family;

    @Inject
    private InvoicePayments payments;

    @Inject
    private PortalVisits visits;

    private FamilyInvoices view;

    private String outcome;

    /** The view action: before anything is written, so that a refusal can still answer « 403 ». */
    public void load() throws IOException {
        try {
            view = payments.invoices(family.getView());
        } catch (AccessDeniedException refused) {
            Refusals.forbidden();
            return;
        }
        visits.viewed(ServiceKey.of(NationalService.PAYMENT));
    }

    public FamilyInvoices getView() {
        return view;
    }

    public String getOutcome() {
        return outcome;
    }

    /** Only the two values the return servlet sends are kept: nothing else from the URL is shown. */
    public void setOutcome(String outcome) {
        this.outcome = "refuse".equals(outcome) || "abandon".equals(outcome) || "invalide".equals(outcome)
                ? outcome : null;
    }
}

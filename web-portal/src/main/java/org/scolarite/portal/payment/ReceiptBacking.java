package org.scolarite.portal.payment;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import org.scolarite.payment.boundary.InvoicePayments;
import org.scolarite.payment.boundary.PaymentLine;
import org.scolarite.portal.navigation.CurrentFamily;
import org.scolarite.staff.boundary.AccessDeniedException;

/** The receipt of an online payment (R-PAY-2), for the family of the pupil it paid for only. */
@Named("receipt")
@RequestScoped
public class ReceiptBacking {

    @Inject
    private CurrentFamily family;

    @Inject
    private InvoicePayments payments;

    private String reference;

    private PaymentLine payment;

    public void load() throws IOException {
        try {
            payment = payments.receipt(family.getView(), reference);
        } catch (AccessDeniedException refused) {
            Refusals.forbidden();
        }
    }

    public PaymentLine getPayment() {
        return payment;
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }

    public String getEstablishment() {
        return family.getChild() == null ? "" : family.getChild().establishmentName();
    }
}

package org.scolarite.portal.payment;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.UUID;
import org.scolarite.payment.boundary.InvoicePayments;
import org.scolarite.payment.boundary.PaymentForm;
import org.scolarite.payment.boundary.PaymentStarted;
import org.scolarite.payment.entity.PaymentRefused;
import org.scolarite.payment.entity.PaymentStatus;
import org.scolarite.portal.navigation.CurrentFamily;
import org.scolarite.staff.boundary.AccessDeniedException;

/**
 * « Payer une facture » (R-PAY-2): the amount (the balance to begin with), then off to the gateway. The view's token
 * goes with every submission of this form: a double click, the back button or a replayed request find the order the
 * first one created, and the browser is sent to it again — or to its receipt once it is paid — never a second order.
 */
@Named("pay")
@ViewScoped
public class PayBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient CurrentFamily family;

    @Inject
    private transient InvoicePayments payments;

    private final String token = UUID.randomUUID().toString();

    private String invoice;

    private Long invoiceId;

    private Long studentId;

    private String amount;

    private transient PaymentForm form;

    /** The view action (GET only): the invoice asked is the shown child's, or 403. */
    public void load() throws IOException {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        try {
            invoiceId = Long.valueOf(invoice == null ? "" : invoice.strip());
        } catch (NumberFormatException notAnId) {
            invoiceId = -1L;
        }
        try {
            form = payments.form(family.getView(), invoiceId);
        } catch (AccessDeniedException refused) {
            Refusals.forbidden();
            return;
        } catch (PaymentRefused notYet) {
            FacesContext.getCurrentInstance().addMessage(null,
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, notYet.getMessage(), null));
            return;
        }
        studentId = family.getView().child().studentId();
        amount = form.invoice().payable() ? new Money().typed(form.invoice().balance()) : null;
    }

    public void submit() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            PaymentStarted started = payments.start(family.getView(), invoiceId, amount, token);
            String context = faces.getExternalContext().getRequestContextPath();
            if (started.status() == PaymentStatus.PENDING) {
                faces.getExternalContext().redirect(context + started.gateway());
            } else if (started.status() == PaymentStatus.PAID) {
                faces.getExternalContext().redirect(context + "/recu.xhtml?reference=" + started.reference());
            } else {
                // this form's order was refused or abandoned: the list says so, a new « Payer » starts afresh
                faces.getExternalContext().redirect(context + PaymentServicePage.VIEW_ID + "?paiement="
                        + (started.status() == PaymentStatus.REFUSED ? "refuse" : "abandon"));
            }
        } catch (AccessDeniedException refused) {
            Refusals.forbidden();
        } catch (PaymentRefused refused) {
            String target = refused.field() == null ? null : "pay-form:" + refused.field();
            faces.addMessage(target, new FacesMessage(FacesMessage.SEVERITY_ERROR, refused.getMessage(), null));
        }
    }

    /** Read again after a postback (not kept with the view's state): the figures may have changed meanwhile. */
    public PaymentForm getForm() {
        if (form == null && invoiceId != null && invoiceId > 0) {
            try {
                form = payments.form(family.getView(), invoiceId);
            } catch (AccessDeniedException | PaymentRefused gone) {
                return null;
            }
        }
        return form;
    }

    public String getInvoice() {
        return invoice;
    }

    public void setInvoice(String invoice) {
        this.invoice = invoice;
    }

    public String getAmount() {
        return amount;
    }

    public void setAmount(String amount) {
        this.amount = amount;
    }

    /** The child the form was shown for: posted back as « enfant », checked by the access filter. */
    public Long getStudentId() {
        return studentId;
    }

    public void setStudentId(Long studentId) {
        // Kept from the first render: the posted value is only checked (FamilyAccessFilter), never trusted here.
    }
}

package org.scolarite.portal.payment;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.scolarite.payment.boundary.GatewayAnswer;
import org.scolarite.payment.boundary.InvoicePayments;

/**
 * Where the gateway sends the family's browser back (« URL de retour »): the signed parameters go to the same verified,
 * idempotent transition as the server-to-server notification — usually a second delivery that changes nothing —, then
 * the browser sees the receipt, or the invoices with the reason nothing was paid.
 */
@WebServlet("/paiement/retour")
public class PaymentReturnServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private InvoicePayments payments;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        GatewayAnswer answer = payments.answer(GatewayParameters.ofServlet(request.getParameterMap()),
                "retour du navigateur");
        String invoices = request.getContextPath() + PaymentServicePage.VIEW_ID + "?paiement=";
        response.setHeader("Cache-Control", "no-store");
        if (!answer.accepted()) {
            response.sendRedirect(invoices + "invalide");
            return;
        }
        switch (answer.status()) {
            case PAID -> response.sendRedirect(request.getContextPath() + "/recu.xhtml?reference="
                    + answer.reference());
            case REFUSED -> response.sendRedirect(invoices + "refuse");
            default -> response.sendRedirect(invoices + "abandon");
        }
    }
}

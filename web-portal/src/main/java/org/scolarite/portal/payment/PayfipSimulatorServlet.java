package org.scolarite.portal.payment;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import org.scolarite.payment.boundary.InvoicePayments;
import org.scolarite.payment.boundary.PayfipSimulatorDesk;
import org.scolarite.payment.boundary.SimulatedOrder;
import org.scolarite.payment.entity.GatewayOutcome;
import org.scolarite.payment.entity.PaymentAmount;
import org.scolarite.payment.entity.PaymentStatus;

/**
 * The PayFiP simulator's page ({@code /payfip-simulateur/paiement?ref=…}): stands for the public finances' payment
 * page in the embedded default and the tests. It shows the order (creditor, object, amount) and three buttons — pay,
 * card refused, abandon. A button sends the server-to-server notification first (as PayFiP does, here a direct call
 * of the same transition), then sends the browser back to {@code /paiement/retour} with the same signed parameters.
 * Written outside Faces on purpose: it is another site, with its own look, that knows nothing of the portal's views.
 * 404 unless {@code TELESERVICES_PAYFIP_SIMULATOR=true}.
 */
@WebServlet("/payfip-simulateur/paiement")
public class PayfipSimulatorServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final String BUNDLE = "org.scolarite.portal.payment.messages";

    @Inject
    private PayfipSimulatorDesk desk;

    @Inject
    private InvoicePayments payments;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<SimulatedOrder> order = desk.order(request.getParameter("ref"));
        if (order.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        page(request, response, order.get());
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<SimulatedOrder> order = desk.order(request.getParameter("ref"));
        Optional<GatewayOutcome> outcome = GatewayOutcome.ofCode(request.getParameter("resultat"));
        if (order.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        if (outcome.isEmpty() || order.get().status() != PaymentStatus.PENDING) {
            page(request, response, order.get());
            return;
        }
        Map<String, String> answer = desk.answer(order.get().reference(), outcome.get());
        payments.answer(answer, "notification du simulateur");
        String query = answer.entrySet().stream().map(e -> e.getKey() + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", request.getContextPath() + "/paiement/retour?" + query);
    }

    private static void page(HttpServletRequest request, HttpServletResponse response, SimulatedOrder order)
            throws IOException {
        Locale locale = "en".equals(request.getLocale().getLanguage()) ? Locale.ENGLISH : Locale.FRENCH;
        ResourceBundle texts = ResourceBundle.getBundle(BUNDLE, locale, PayfipSimulatorServlet.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        response.setContentType("text/html");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        String context = escape(request.getContextPath());
        PrintWriter out = response.getWriter();
        out.print("<!DOCTYPE html>\n<html lang=\"" + locale.getLanguage() + "\"><head><meta charset=\"UTF-8\"/>"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/><title>"
                + escape(texts.getString("simulator.title")) + "</title><link rel=\"stylesheet\" href=\"" + context
                + "/resources/css/payfip-simulator.css\"/></head><body class=\"payfip\">"
                + "<header class=\"payfip-header\"><span class=\"payfip-brand\">PayFiP</span> <span class=\"payfip-sub\">"
                + escape(texts.getString("simulator.subtitle")) + "</span></header>"
                + "<main class=\"payfip-main\" id=\"payfip\"><p class=\"payfip-warning\" role=\"note\">"
                + escape(texts.getString("simulator.warning")) + "</p><section class=\"payfip-card\">"
                + "<h1>" + escape(texts.getString("simulator.heading")) + "</h1><dl class=\"payfip-order\">"
                + row(texts.getString("simulator.creditor"), order.creditor() + " (" + order.clientNumber() + ")", "creditor")
                + row(texts.getString("simulator.object"), order.invoiceNumber(), "object")
                + row(texts.getString("simulator.reference"), order.reference(), "reference")
                + row(texts.getString("simulator.amount"), PaymentAmount.euros(order.amount()), "amount")
                + "</dl>");
        if (order.status() != PaymentStatus.PENDING) {
            out.print("<p class=\"payfip-done\" id=\"payfip-done\">" + escape(texts.getString("simulator.done"))
                    + "</p><p><a href=\"" + context + PaymentServicePage.VIEW_ID + "\">"
                    + escape(texts.getString("simulator.back")) + "</a></p>");
        } else {
            out.print("<form method=\"post\" class=\"payfip-form\" action=\"" + context
                    + "/payfip-simulateur/paiement\"><input type=\"hidden\" name=\"ref\" value=\""
                    + escape(order.reference()) + "\"/><p class=\"payfip-help\">"
                    + escape(texts.getString("simulator.help")) + "</p><div class=\"payfip-buttons\">"
                    + button("P", "payfip-pay", "payfip-primary", texts.getString("simulator.pay"))
                    + button("R", "payfip-refuse", "payfip-secondary", texts.getString("simulator.refuse"))
                    + button("A", "payfip-abandon", "payfip-link", texts.getString("simulator.abandon"))
                    + "</div></form>");
        }
        out.print("</section></main></body></html>\n");
        out.flush();
    }

    private static String row(String label, String value, String id) {
        return "<div class=\"payfip-row\"><dt>" + escape(label) + "</dt><dd id=\"payfip-" + id + "\">" + escape(value)
                + "</dd></div>";
    }

    private static String button(String code, String id, String styleClass, String label) {
        return "<button type=\"submit\" name=\"resultat\" value=\"" + code + "\" id=\"" + id + "\" class=\""
                + styleClass + "\">" + escape(label) + "</button>";
    }

    private static String escape(String text) {
        return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}

package org.scolarite.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * « Paiement des factures » over HTTP (R-PAY-2, issue [P3] « Bad input and security »), on the demo lycée: another
 * family's invoice and receipt are refused (403) and logged; the gateway's notification is verified before anything is
 * marked paid — a tampered amount or a wrong signature is refused (400) and logged, the genuine one replayed changes
 * nothing, nor does the browser's return after it: the invoice's balance goes down exactly once.
 */
@ExtendWith(DeployedEar.class)
class PaymentAccessIT {

    private static final String DEMO_PASSWORD = "Demo-2026";
    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern PAY_LINK = Pattern.compile("paiement\\.xhtml\\?facture=(\\d+)");
    private static final Pattern BALANCE = Pattern.compile("id=\"pay-balance\">([^<]+)<");
    private static final Pattern CHILD = Pattern.compile("name=\"pay-form:enfant\"[^>]*value=\"(\\d+)\"");

    /** A family's session: one client following redirects, one that stops at them, sharing the cookies. */
    private record Session(HttpClient follow, HttpClient stop) {
    }

    @BeforeEach
    void today() throws Exception {
        assertThat(DeployedEar.moveClock(0)).isBetween(200, 299);
    }

    @Test
    @DisplayName("R-PAY-2: another family's invoice (its pay form, a forged POST on it) → 403 and logged; the family's "
            + "own invoice opens")
    void anotherFamilysInvoice() throws Exception {
        Session other = session("anne-sophie.dumont");
        String othersInvoice = firstPayableInvoice(other);
        Session hugosMother = session("claire.durand1");

        HttpResponse<String> refused = get(hugosMother.follow(), "/paiement.xhtml?facture=" + othersInvoice);
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("Accès refusé").doesNotContain("pay-form");
        assertThat(DeployedEar.serverLog("claire.durand1 a demandé la facture " + othersInvoice))
                .contains("Paiement refusé : compte claire.durand1 a demandé la facture " + othersInvoice
                        + " d’une autre famille");
        assertThat(get(hugosMother.follow(), "/paiement.xhtml?facture=" + firstPayableInvoice(hugosMother)).body())
                .contains("pay-form");
        assertThat(get(hugosMother.follow(), "/paiement.xhtml?facture=abc").statusCode()).isEqualTo(403);
    }

    @Test
    @DisplayName("R-PAY-2: forged notifications (tampered amount, wrong signature, unknown order) → 400, logged, nothing "
            + "paid; the genuine one replayed and the browser's return change nothing more; the receipt is the "
            + "payer's family's only")
    void forgedAndReplayedNotifications() throws Exception {
        Session family = session("claire.durand1");
        String invoice = firstPayableInvoice(family);
        String form = get(family.follow(), "/paiement.xhtml?facture=" + invoice).body();
        String before = match(BALANCE, form);

        // « Payer » 1,00 €: the order is created and the browser sent to the simulator
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("pay-form", "pay-form");
        fields.put("pay-form:enfant", match(CHILD, form));
        fields.put("pay-form:amount", "1,00");
        fields.put("pay-form:submit", "Payer");
        fields.put("jakarta.faces.ViewState", match(VIEW_STATE, form).replace("&#58;", ":"));
        HttpResponse<String> submitted = post(family.stop(), "/paiement.xhtml?facture=" + invoice, fields);
        assertThat(submitted.statusCode()).isEqualTo(302);
        String simulator = submitted.headers().firstValue("Location").orElseThrow();
        assertThat(simulator).contains("/payfip-simulateur/paiement?ref=TS");
        // a double click: the same form again finds the same order
        assertThat(post(family.stop(), "/paiement.xhtml?facture=" + invoice, fields).headers().firstValue("Location"))
                .contains(simulator);
        String reference = simulator.substring(simulator.indexOf("ref=") + 4);

        // the simulator answers « payé »: its notification is applied, the browser is sent back with the same answer
        HttpResponse<String> paid = post(family.stop(), "/payfip-simulateur/paiement",
                Map.of("ref", reference, "resultat", "P"));
        assertThat(paid.statusCode()).isEqualTo(303);
        String returnUrl = paid.headers().firstValue("Location").orElseThrow();
        Map<String, String> answer = query(returnUrl);
        assertThat(answer).containsEntry("refdet", reference).containsEntry("montant", "100")
                .containsEntry("resultrans", "P").containsKeys("idop", "sig");

        Map<String, String> tampered = new LinkedHashMap<>(answer);
        tampered.put("montant", "10000");
        assertThat(notify(tampered).statusCode()).isEqualTo(400);
        Map<String, String> wrongKey = new LinkedHashMap<>(answer);
        wrongKey.put("resultrans", "R");
        wrongKey.put("sig", "bm90LXRoZS1nYXRld2F5cy1zaWduYXR1cmU");
        assertThat(notify(wrongKey).statusCode()).isEqualTo(400);
        assertThat(DeployedEar.serverLog("signature invalides, refdet=" + reference))
                .contains("Réponse de paiement refusée (notification) : paramètres ou signature invalides, refdet="
                        + reference);
        Map<String, String> unknown = new LinkedHashMap<>(answer);
        unknown.put("refdet", "TSINCONNU");
        assertThat(notify(unknown).statusCode()).isEqualTo(400);

        HttpResponse<String> replayed = notify(answer);
        assertThat(replayed.statusCode()).isEqualTo(200);
        assertThat(DeployedEar.serverLog("ordre " + reference + ", notification " + answer.get("idop")))
                .contains("Réponse de paiement déjà reçue (notification) : ordre " + reference + ", notification "
                        + answer.get("idop") + " ignorée");
        HttpResponse<String> back = get(family.follow(), returnUrl.substring(returnUrl.indexOf("/paiement/retour")));
        assertThat(back.uri().toString()).contains("/recu.xhtml?reference=" + reference);
        assertThat(back.body()).contains("Paiement enregistré", "1,00");
        get(family.follow(), returnUrl.substring(returnUrl.indexOf("/paiement/retour")));

        String after = match(BALANCE, get(family.follow(), "/paiement.xhtml?facture=" + invoice).body());
        assertThat(euros(before).subtract(euros(after))).as("paid exactly once").isEqualByComparingTo("1.00");

        Session other = session("anne-sophie.dumont");
        HttpResponse<String> receipt = get(other.follow(), "/recu.xhtml?reference=" + reference);
        assertThat(receipt.statusCode()).isEqualTo(403);
        assertThat(receipt.body()).doesNotContain(reference);
        assertThat(DeployedEar.serverLog("anne-sophie.dumont a demandé le reçu " + reference))
                .contains("Paiement refusé : compte anne-sophie.dumont a demandé le reçu " + reference
                        + " d’une autre famille");
    }

    private static Session session(String username) throws Exception {
        CookieManager cookies = new CookieManager();
        Session session = new Session(
                HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NORMAL).build(),
                HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build());
        assertThat(HttpFacesIT.postLogin(session.follow(), "/login.xhtml", username, DEMO_PASSWORD))
                .contains("portal-nav");
        return session;
    }

    private static String firstPayableInvoice(Session session) throws Exception {
        HttpResponse<String> invoices = get(session.follow(), "/factures.xhtml");
        assertThat(invoices.statusCode()).isEqualTo(200);
        return match(PAY_LINK, invoices.body());
    }

    private static String match(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        assertThat(matcher.find()).as(pattern.pattern()).isTrue();
        return matcher.group(1);
    }

    private static java.math.BigDecimal euros(String shown) {
        return new java.math.BigDecimal(shown.replaceAll("[^0-9,]", "").replace(',', '.'));
    }

    private static Map<String, String> query(String url) {
        Map<String, String> parameters = new LinkedHashMap<>();
        for (String pair : url.substring(url.indexOf('?') + 1).split("&")) {
            int equals = pair.indexOf('=');
            parameters.put(pair.substring(0, equals),
                    java.net.URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
        }
        return parameters;
    }

    private static HttpResponse<String> notify(Map<String, String> parameters) throws Exception {
        return post(HttpClient.newHttpClient(), "/api/payfip/notification", parameters);
    }

    private static HttpResponse<String> get(HttpClient client, String path) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(DeployedEar.BASE_URL + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> post(HttpClient client, String path, Map<String, String> form)
            throws Exception {
        String body = form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return client.send(HttpRequest.newBuilder(URI.create(DeployedEar.BASE_URL + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }
}

package org.scolarite.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scolarite.system.HttpFacesIT.postLogin;
import static org.scolarite.system.HttpFacesIT.visitor;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The replication API of the deployed EAR over HTTP (R-REPL-1, R-REPL-2): HTTP Basic with the console's staff
 * credentials, never the session cookie; the drop zone's refusals; a run started, followed and its rejections read as
 * CSV; the OpenAPI description. The runs use Collège Victor Hugo of the demo data (it has not activated the
 * téléservices: a run there creates no account that other tests could trip over) and a nomenclature only (no pupils
 * file, so no demo pupil departs).
 */
@ExtendWith(DeployedEar.class)
class ReplicationApiIT {

    /** Collège Victor Hugo ({@code Uai.fromDigits(141100)}), whose head is principal.nouveau. */
    private static final String VICTOR_HUGO = "0141100V";
    private static final String JEAN_MOULIN = "0140070A";
    private static final String PASSWORD = "Demo-2026";

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    @DisplayName("R-REPL-2: the API wants HTTP Basic on every request: 401 with the challenge without credentials, with a "
            + "wrong password, or with only the console's session cookie — never a redirect to the login page")
    void basic_credentials_on_every_request() throws Exception {
        HttpResponse<String> anonymous = send(request("/admin/api/runs").GET());
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(challenge ->
                assertThat(challenge).startsWith("Basic realm="));
        assertThat(anonymous.headers().firstValue("Set-Cookie")).isEmpty();

        assertThat(send(request("/admin/api/runs").GET().header("Authorization", basic("rectorat", "mauvais")))
                .statusCode()).isEqualTo(401);

        HttpClient console = visitor();
        assertThat(postLogin(console, "/admin/login.xhtml", "rectorat", PASSWORD)).contains("Tableau de bord");
        HttpResponse<String> withCookie = console.send(request("/admin/api/runs").GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(withCookie.statusCode()).isEqualTo(401);

        HttpResponse<String> authenticated = send(request("/admin/api/runs").GET()
                .header("Authorization", basic("rectorat", PASSWORD)));
        assertThat(authenticated.statusCode()).isEqualTo(200);
        assertThat(authenticated.body()).startsWith("[");
        assertThat(authenticated.headers().firstValue("Set-Cookie")).isEmpty();
    }

    @Test
    @DisplayName("R-REPL-2: another school's drop zone is refused (403), an export of another establishment or a file "
            + "that is no export is refused with its reason in French (422)")
    void deposits_refused() throws Exception {
        HttpResponse<String> otherSchool = deposit("principal.nouveau", JEAN_MOULIN, "Nomenclature.xml",
                nomenclature(JEAN_MOULIN));
        assertThat(otherSchool.statusCode()).isEqualTo(403);

        HttpResponse<String> wrongUai = deposit("principal.nouveau", VICTOR_HUGO, "Nomenclature.xml",
                nomenclature(JEAN_MOULIN));
        assertThat(wrongUai.statusCode()).isEqualTo(422);
        assertThat(wrongUai.body()).contains(JEAN_MOULIN).contains("\"message\"");

        HttpResponse<String> notAnExport = deposit("principal.nouveau", VICTOR_HUGO, "notes.txt",
                "Ceci n'est pas un export.".getBytes(StandardCharsets.UTF_8));
        assertThat(notAnExport.statusCode()).isEqualTo(422);
        assertThat(pending("principal.nouveau", VICTOR_HUGO).body()).doesNotContain("notes.txt");
    }

    @Test
    @DisplayName("R-REPL-1, R-REPL-2: an export deposited, a run started (202 + Location), followed until it ends, its "
            + "rejections downloaded as CSV; a completed run is not restarted (409); another school's head cannot read it")
    void deposit_run_follow_and_rejections() throws Exception {
        HttpResponse<String> deposited = deposit("principal.nouveau", VICTOR_HUGO, "Nomenclature.xml",
                nomenclature(VICTOR_HUGO));
        assertThat(deposited.statusCode()).as(deposited.body()).isEqualTo(201);
        assertThat(deposited.body()).contains("\"kind\":\"NOMENCLATURE\"", "\"uai\":\"" + VICTOR_HUGO + "\"");
        assertThat(pending("principal.nouveau", VICTOR_HUGO).body()).contains("Nomenclature.xml");

        HttpResponse<String> started = send(request("/admin/api/runs")
                .POST(HttpRequest.BodyPublishers.ofString("{\"uai\": \"" + VICTOR_HUGO + "\"}"))
                .header("Content-Type", "application/json").header("Authorization", basic("principal.nouveau", PASSWORD)));
        assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
        String location = started.headers().firstValue("Location").orElseThrow();
        long run = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        assertThat(location).endsWith("/admin/api/runs/" + run);

        String status = awaitEnd("principal.nouveau", run);
        assertThat(status).isEqualTo("COMPLETED");
        HttpResponse<String> detail = send(request("/admin/api/runs/" + run).GET()
                .header("Authorization", basic("principal.nouveau", PASSWORD)));
        assertThat(detail.body()).contains("\"uai\":\"" + VICTOR_HUGO + "\"", "\"feed\":\"NOMENCLATURE\"",
                "\"status\":\"DONE\"");
        assertThat(pending("principal.nouveau", VICTOR_HUGO).body()).doesNotContain("Nomenclature.xml");

        HttpResponse<String> csv = send(request("/admin/api/runs/" + run + "/rejections").GET()
                .header("Authorization", basic("principal.nouveau", PASSWORD)));
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("text/csv"));
        assertThat(csv.body()).startsWith("\uFEFF").contains("Nomenclature.xml").contains(";");

        HttpResponse<String> restart = send(request("/admin/api/runs/" + run + "/restart")
                .POST(HttpRequest.BodyPublishers.noBody()).header("Authorization", basic("principal.nouveau", PASSWORD)));
        assertThat(restart.statusCode()).isEqualTo(409);
        assertThat(restart.body()).contains("Seul un traitement en échec");

        assertThat(send(request("/admin/api/runs/" + run).GET()
                .header("Authorization", basic("principal.lycee", PASSWORD))).statusCode()).isEqualTo(403);
    }

    @Test
    @DisplayName("R-REPL-2: the API is described at /openapi with its endpoints and HTTP Basic")
    void openapi_describes_the_api() throws Exception {
        HttpResponse<String> openapi = send(request("/openapi").GET());

        assertThat(openapi.statusCode()).isEqualTo(200);
        assertThat(openapi.body()).contains("/api/establishments/{uai}/exports/{fileName}",
                "/api/establishments/{uai}/exports", "/api/runs", "/api/runs/{id}", "/api/runs/{id}/rejections",
                "/api/runs/{id}/restart", "scheme: basic");
    }

    /** Waits for the run to leave RUNNING; returns its status. */
    private String awaitEnd(String user, long run) throws Exception {
        Pattern summary = Pattern.compile("\\{[^{}]*\"id\":" + run + "[,}][^{}]*}");
        Pattern status = Pattern.compile("\"status\":\"(\\w+)\"");
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (Instant.now().isBefore(deadline)) {
            String runs = send(request("/admin/api/runs?uai=" + VICTOR_HUGO).GET()
                    .header("Authorization", basic(user, PASSWORD))).body();
            Matcher found = summary.matcher(runs);
            assertThat(found.find()).as(runs).isTrue();
            Matcher state = status.matcher(found.group());
            assertThat(state.find()).isTrue();
            if (!"RUNNING".equals(state.group(1))) {
                return state.group(1);
            }
            Thread.sleep(500);
        }
        throw new AssertionError("La réplication " + run + " ne s'est pas terminée en 3 minutes");
    }

    private HttpResponse<String> deposit(String user, String uai, String fileName, byte[] content) throws Exception {
        return send(request("/admin/api/establishments/" + uai + "/exports/" + fileName)
                .PUT(HttpRequest.BodyPublishers.ofByteArray(content)).header("Content-Type", "application/xml")
                .header("Authorization", basic(user, PASSWORD)));
    }

    private HttpResponse<String> pending(String user, String uai) throws Exception {
        return send(request("/admin/api/establishments/" + uai + "/exports").GET()
                .header("Authorization", basic(user, PASSWORD)));
    }

    /**
     * A SIECLE nomenclature of the current school year in its real form (ISO-8859-15): one MEF of its own (a code the
     * demo does not use) and one without its mandatory label, which the report must list.
     */
    static byte[] nomenclature(String uai) {
        LocalDate today = LocalDate.now();
        int year = today.getMonthValue() >= Month.AUGUST.getValue() ? today.getYear() : today.getYear() - 1;
        String xml = """
                <?xml version="1.0" encoding="ISO-8859-15"?>
                <BEE_NOMENCLATURES VERSION="3.1">
                  <PARAMETRES>
                    <UAJ>%s</UAJ>
                    <ANNEE_SCOLAIRE>%d</ANNEE_SCOLAIRE>
                    <DATE_EXPORT>01/09/%d</DATE_EXPORT>
                    <HORODATAGE>01/09/%d 07:30:00</HORODATAGE>
                  </PARAMETRES>
                  <DONNEES>
                    <MEFS>
                      <MEF CODE_MEF="99910001110">
                        <FORMATION>3EME API</FORMATION>
                        <LIBELLE_LONG>3EME PREPARATOIRE A L'API (ESSAI)</LIBELLE_LONG>
                        <LIBELLE_EDITION>3e préparatoire à l'API (essai)</LIBELLE_EDITION>
                        <MEF_RATTACHEMENT>99910001110</MEF_RATTACHEMENT>
                        <CODE_MEFSTAT>99910001</CODE_MEFSTAT>
                        <STATUT_MEF>4</STATUT_MEF>
                      </MEF>
                      <MEF CODE_MEF="">
                        <FORMATION>SANS CODE</FORMATION>
                      </MEF>
                    </MEFS>
                  </DONNEES>
                </BEE_NOMENCLATURES>
                """.formatted(uai, year, year, year);
        return xml.getBytes(java.nio.charset.Charset.forName("ISO-8859-15"));
    }

    private static HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(DeployedEar.BASE_URL + path));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}

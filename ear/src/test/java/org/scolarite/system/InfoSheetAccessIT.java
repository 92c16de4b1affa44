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
 * « Fiche de renseignements » over HTTP (R-FICHE-1, issue [P3] « Bad input and security »): two families of their own
 * (test hook). Every forged submission is refused with 403 and logged: another family's pupil, another family's
 * guardian, a read-only field (regime, pupil address) posted as if it were editable. A double submission records one
 * change; a wrong value comes back with its French message and the typed value.
 */
@ExtendWith(DeployedEar.class)
class InfoSheetAccessIT {

    private static final Pattern VIEW_STATE =
            Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern PUPIL = Pattern.compile("name=\"fiche:enfant\" value=\"(\\d+)\"");
    private static final Pattern GUARDIAN = Pattern.compile("name=\"fiche:responsable\" value=\"(\\d+)\"");

    private Session mine;
    private Session other;

    @BeforeEach
    void families() throws Exception {
        mine = new Session(FamilyFixtures.account("GUARDIAN", FamilyFixtures.uniqueEmail("fiche-a"), true));
        other = new Session(FamilyFixtures.account("GUARDIAN", FamilyFixtures.uniqueEmail("fiche-b"), true));
    }

    @Test
    @DisplayName("Security: another family's pupil posted with the sheet is refused (403) and logged")
    void another_family_pupil() throws Exception {
        String theirs = other.sheet("eleve").pupil;
        Form form = mine.sheet("eleve");
        HttpResponse<String> answer = mine.post(form, theirs, form.guardian,
                Map.of("champ_PUPIL_MOBILE_PHONE", "0612345678"));
        assertThat(answer.statusCode()).isEqualTo(403);
        String logged = "compte " + mine.username + " a demandé enfant=" + theirs;
        assertThat(DeployedEar.serverLog(logged)).contains(logged);
    }

    @Test
    @DisplayName("Security: another family's guardian posted with the sheet is refused (403) and logged")
    void another_family_guardian() throws Exception {
        String theirs = other.sheet("responsable").guardian;
        Form form = mine.sheet("responsable");
        HttpResponse<String> answer = mine.post(form, form.pupil, theirs,
                Map.of("champ_GUARDIAN_HOME_PHONE", "0231456789"));
        assertThat(answer.statusCode()).isEqualTo(403);
        String logged = "Accès refusé à la fiche de renseignements : compte " + mine.username + " a demandé responsable "
                + theirs;
        assertThat(DeployedEar.serverLog(logged)).contains(logged);
    }

    @Test
    @DisplayName("R-FICHE-1 security: regime and pupil address are read-only: posting them is refused (403), logged")
    void read_only_fields() throws Exception {
        Form form = mine.sheet("eleve");
        assertThat(mine.post(form, form.pupil, form.guardian, Map.of("champ_REGIME", "3")).statusCode())
                .isEqualTo(403);
        String logged = "compte " + mine.username + " a demandé champ non modifiable REGIME";
        assertThat(DeployedEar.serverLog(logged)).contains(logged);
        form = mine.sheet("eleve");
        assertThat(mine.post(form, form.pupil, form.guardian, Map.of("champ_PUPIL_ADDRESS_LINE1", "1 rue Neuve"))
                .statusCode()).isEqualTo(403);
    }

    @Test
    @DisplayName("R-FICHE-1: a wrong phone comes back with its message and the typed value; the same change posted "
            + "twice (double click, back button) is recorded once")
    void invalid_then_double_submission() throws Exception {
        Form form = mine.sheet("responsable");
        HttpResponse<String> wrong = mine.post(form, form.pupil, form.guardian,
                Map.of("champ_GUARDIAN_WORK_PHONE", "02 31 4X"));
        assertThat(wrong.statusCode()).isEqualTo(200);
        assertThat(wrong.body()).contains("id=\"error-GUARDIAN_WORK_PHONE\"", "Saisissez un numéro à 10 chiffres",
                "value=\"02 31 4X\"");
        HttpResponse<String> first = mine.post(form, form.pupil, form.guardian,
                Map.of("champ_GUARDIAN_WORK_PHONE", "02 31 45 67 89"));
        assertThat(first.body()).contains("id=\"sheet-sent\"", "id=\"pending-GUARDIAN_WORK_PHONE\"");
        // The same form again, as the back button or a replay posts it: nothing new.
        HttpResponse<String> again = mine.post(form, form.pupil, form.guardian,
                Map.of("champ_GUARDIAN_WORK_PHONE", "02 31 45 67 89"));
        assertThat(again.body()).contains("id=\"sheet-nothing\"").doesNotContain("id=\"sheet-sent\"");
    }

    @Test
    @DisplayName("R-FICHE-1: accented text typed in a form is kept as typed — posted in UTF-8 without a charset, as "
            + "browsers post forms")
    void accented_text() throws Exception {
        Form form = mine.sheet("responsable");
        HttpResponse<String> sent = mine.post(form, form.pupil, form.guardian,
                Map.of("champ_GUARDIAN_CITY", "Hérouville-Saint-Clair"));
        assertThat(sent.body()).contains("id=\"pending-GUARDIAN_CITY\"", "Hérouville-Saint-Clair")
                .doesNotContain("HÃ©rouville");
    }

    /** The sheet's ids as the page gave them, and its view state. */
    private record Form(String viewState, String pupil, String guardian, String tab) {
    }

    /** A guardian signed in over HTTP, in a session of his own. */
    private static final class Session {

        private final String username;
        private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).build();

        Session(String username) throws Exception {
            this.username = username;
            String form = get("/login.xhtml").body();
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("login", "login");
            fields.put("login:username", username);
            fields.put("login:password", FamilyFixtures.PASSWORD);
            fields.put("login:submit", "Se connecter");
            fields.put("jakarta.faces.ViewState", find(VIEW_STATE, form));
            assertThat(post("/login.xhtml", fields).body()).as("logged in").contains("logout:logoutButton");
        }

        Form sheet(String tab) throws Exception {
            HttpResponse<String> page = get("/fiche-renseignements.xhtml?onglet=" + tab);
            assertThat(page.statusCode()).isEqualTo(200);
            return new Form(find(VIEW_STATE, page.body()), find(PUPIL, page.body()), find(GUARDIAN, page.body()), tab);
        }

        HttpResponse<String> post(Form form, String pupil, String guardian, Map<String, String> values)
                throws Exception {
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("fiche", "fiche");
            fields.put("fiche:enfant", pupil);
            fields.put("fiche:responsable", guardian);
            fields.put("onglet", form.tab());
            fields.putAll(values);
            fields.put("fiche:save", "Enregistrer les modifications");
            fields.put("jakarta.faces.ViewState", form.viewState());
            return post("/fiche-renseignements.xhtml", fields);
        }

        private HttpResponse<String> get(String path) throws Exception {
            return http.send(HttpRequest.newBuilder(URI.create(DeployedEar.BASE_URL + path))
                    .header("Accept-Language", "fr-FR").build(), HttpResponse.BodyHandlers.ofString());
        }

        private HttpResponse<String> post(String path, Map<String, String> fields) throws Exception {
            String body = fields.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                    + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
            return http.send(HttpRequest.newBuilder(URI.create(DeployedEar.BASE_URL + path))
                    .header("Content-Type", "application/x-www-form-urlencoded").header("Accept-Language", "fr-FR")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        }

        private static String find(Pattern pattern, String body) {
            Matcher m = pattern.matcher(body);
            assertThat(m.find()).as("%s in the page", pattern).isTrue();
            return m.group(1);
        }
    }
}

package org.scolarite.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
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
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Both faces of the deployed EAR over plain HTTP: pages, security settings, login, health. */
@ExtendWith(DeployedEar.class)
class HttpFacesIT {

    private static final Pattern VIEW_STATE =
            Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

    private final HttpClient http = visitor();

    /** A browser-like client with its own cookies. */
    static HttpClient visitor() {
        return HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    @Test
    @DisplayName("the portal answers in French with its login page and the welcome-message area")
    void portal_login_page() throws Exception {
        HttpResponse<String> page = get("/");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Scolarité services", "Identifiant", "Mot de passe", "id=\"welcome-message\"",
                "lang=\"fr\"");
    }

    @Test
    @DisplayName("the console answers in French with its login page")
    void console_login_page() throws Exception {
        HttpResponse<String> page = get("/admin/");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Administration Téléservices", "Se connecter");
    }

    @Test
    @DisplayName("session cookies are HttpOnly and SameSite, with a name per face")
    void session_cookie_flags() throws Exception {
        HttpResponse<String> admin = http.send(HttpRequest.newBuilder(URI.create(DeployedEar.BASE_URL + "/admin/login.xhtml"))
                .build(), HttpResponse.BodyHandlers.ofString());
        String cookie = admin.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("TSADMIN="))
                .findFirst().orElseThrow();
        assertThat(cookie).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Strict");
        HttpResponse<String> portal = http.send(HttpRequest.newBuilder(URI.create(DeployedEar.BASE_URL + "/login.xhtml"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(portal.headers().allValues("Set-Cookie")).anySatisfy(c ->
                assertThat(c).startsWith("TSPORTAL=").containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax"));
    }

    @Test
    @DisplayName("a wrong password gets one generic French message, the same as an unknown user (no enumeration)")
    void generic_login_failure() throws Exception {
        String wrongPassword = postLogin("/admin/login.xhtml", "principal.college", "pas-le-bon-1");
        String unknownUser = postLogin("/admin/login.xhtml", "personne.inconnue", "pas-le-bon-1");
        assertThat(wrongPassword).contains("Identifiant ou mot de passe incorrect.");
        assertThat(unknownUser).contains("Identifiant ou mot de passe incorrect.");
        assertThat(postLogin("/login.xhtml", "claire.durand", "pas-le-bon-1"))
                .contains("Identifiant ou mot de passe incorrect.");
    }

    @Test
    @DisplayName("R-ACC-1: a guardian with a child in each school has one account per child until she regroups them")
    void guardian_login() throws Exception {
        String college = postLogin("/login.xhtml", "claire.durand", "Demo-2026");
        assertThat(college).contains("Bonjour claire.durand", "Léa Durand", "Collège Jean Moulin")
                .doesNotContain("Hugo");
        String lycee = postLogin(visitor(), "/login.xhtml", "claire.durand1", "Demo-2026");
        assertThat(lycee).contains("Bonjour claire.durand1", "Hugo Durand", "Lycée Marie Curie").doesNotContain("Léa");
    }

    @Test
    @DisplayName("CSRF: a login form posted without the server's view state does not log in")
    void csrf_without_view_state() throws Exception {
        get("/admin/login.xhtml");
        Map<String, String> form = new LinkedHashMap<>();
        form.put("login", "login");
        form.put("login:username", "principal.college");
        form.put("login:password", "Demo-2026");
        form.put("login:submit", "");
        form.put("jakarta.faces.ViewState", "forged");
        HttpResponse<String> response = post("/admin/login.xhtml", form);
        assertThat(response.body()).doesNotContain("Tableau de bord");
        assertThat(get("/admin/index.xhtml").body()).contains("Se connecter").doesNotContain("Tableau de bord");
    }

    @Test
    @DisplayName("readiness checks the database and liveness answers")
    void health() throws Exception {
        HttpResponse<String> ready = get("/api/health/ready");
        assertThat(ready.statusCode()).isEqualTo(200);
        assertThat(ready.body()).contains("\"status\":\"UP\"", "\"name\":\"database\"");
        assertThat(get("/api/health/live").body()).contains("\"status\":\"UP\"");
    }

    private String postLogin(String loginPath, String username, String password) throws Exception {
        return postLogin(http, loginPath, username, password);
    }

    static String postLogin(HttpClient client, String loginPath, String username, String password)
            throws Exception {
        String page = get(client, loginPath).body();
        Matcher matcher = VIEW_STATE.matcher(page);
        assertThat(matcher.find()).as("view state on " + loginPath).isTrue();
        Map<String, String> form = new LinkedHashMap<>();
        form.put("login", "login");
        form.put("login:username", username);
        form.put("login:password", password);
        form.put("login:submit", "");
        form.put("jakarta.faces.ViewState", matcher.group(1).replace("&#58;", ":"));
        return post(client, loginPath, form).body();
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return get(http, path);
    }

    static HttpResponse<String> get(HttpClient client, String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(DeployedEar.BASE_URL + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, Map<String, String> form) throws IOException, InterruptedException {
        return post(http, path, form);
    }

    static HttpResponse<String> post(HttpClient client, String path, Map<String, String> form)
            throws IOException, InterruptedException {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return client.send(HttpRequest.newBuilder(URI.create(DeployedEar.BASE_URL + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }
}

package org.scolarite.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A family signed into the portal over plain HTTP, for the forged-request tests: GETs pages and POSTs Faces forms with
 * the view state of the last page read, plus whatever fields a forger adds (repeated names allowed).
 */
final class PortalSession {

    private static final Pattern VIEW_STATE =
            Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NORMAL).build();
    private String viewState;

    /** Signs {@code username} in with the demo password, in a new session. */
    static PortalSession signIn(String username, String password) throws Exception {
        PortalSession session = new PortalSession();
        session.get("/login.xhtml");
        HttpResponse<String> home = session.post("/login.xhtml", List.of(Map.entry("login", "login"),
                Map.entry("login:username", username), Map.entry("login:password", password),
                Map.entry("login:submit", "Se connecter")));
        assertThat(home.body()).as("logged in").contains("logout:logoutButton");
        return session;
    }

    /** GETs a page, keeping its view state for the next {@link #post}. */
    HttpResponse<String> get(String path) throws Exception {
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(DeployedEar.BASE_URL + path))
                .header("Accept-Language", "fr-FR").build(), HttpResponse.BodyHandlers.ofString());
        keepViewState(page);
        return page;
    }

    /** POSTs the fields and the last view state read to {@code path}. */
    HttpResponse<String> post(String path, List<Map.Entry<String, String>> fields) throws Exception {
        List<Map.Entry<String, String>> all = new java.util.ArrayList<>(fields);
        all.add(Map.entry("jakarta.faces.ViewState", viewState));
        String body = all.stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(DeployedEar.BASE_URL + path))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept-Language", "fr-FR")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        keepViewState(answer);
        return answer;
    }

    /** The view state of the last page read, to replay a form as a double click or the back button would. */
    String viewState() {
        return viewState;
    }

    void viewState(String replayed) {
        viewState = replayed;
    }

    private void keepViewState(HttpResponse<String> page) {
        Matcher state = VIEW_STATE.matcher(page.body());
        if (state.find()) {
            viewState = state.group(1);
        }
    }
}

package org.scolarite.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scolarite.system.HttpFacesIT.postLogin;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * R-SIM-1 end to end: the school head opens the simulation of claire.durand's account from the console (over HTTP,
 * the way the account screen's button opens {@code /admin/accounts/simulate.xhtml} in a new tab), and Chromium
 * follows the ticket into the portal. Screenshots land in target/screenshots.
 */
@ExtendWith({DeployedEar.class, ArquillianExtension.class})
@RunAsClient
class PortalSimulationBrowserIT {

    private static final Pattern VIEW_STATE =
            Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final String REFUSED = "Ce lien n’est pas actif dans la simulation\u00a0: l’accès est en "
            + "consultation seule.";

    /**
     * A test-only probe that reads one account's id, state and last access from the application's datasource, on
     * H2 as on PostgreSQL: no console page shows account ids yet, and the last access is shown nowhere to compare.
     * A JSP, compiled by the server, because this module's tests have no servlet API.
     */
    @Deployment(testable = false, name = "probe", order = 2)
    static WebArchive probe() {
        return ShrinkWrap.create(WebArchive.class, "simulation-probe.war").add(new StringAsset("""
                <%@ page contentType="text/plain; charset=UTF-8" import="java.sql.*,javax.sql.DataSource,javax.naming.InitialContext"
                %><% DataSource ds = (DataSource) new InitialContext().lookup("jdbc/teleservices");
                try (Connection c = ds.getConnection(); PreparedStatement q = c.prepareStatement(
                        "SELECT a.id, a.state, a.last_access_at FROM account a JOIN academy y ON y.id = a.academy_id "
                        + "WHERE y.code = 'NORMANDIE' AND a.username = ?")) {
                    q.setString(1, request.getParameter("username"));
                    try (ResultSet r = q.executeQuery()) {
                        if (r.next()) { out.print(r.getLong(1) + ";" + r.getString(2) + ";" + r.getTimestamp(3)); }
                    }
                } %>"""), "account.jsp");
    }

    private WebDriver browser;

    @BeforeEach
    void openBrowser() {
        browser = Chromium.start(1280, 900);
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    @DisplayName("R-SIM-1, R-IND-1, R-ROLE-1: the head simulates claire.durand's account: the portal shows her child "
            + "under the read-only banner, refuses every POST with 403, lets the ticket serve once, keeps the last "
            + "access, gives no console access, and the start and end are audited")
    void head_simulates_a_guardian_account() throws Exception {
        String[] before = probe("claire.durand");
        assertThat(before[1]).as("the README's demo guardian is « Utilisé »").isEqualTo("IN_USE");

        HttpClient console = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        assertThat(postLogin(console, "/admin/login.xhtml", "principal.college", "Demo-2026"))
                .contains("Tableau de bord");
        String ticketUrl = openSimulation(console, before[0]);
        assertThat(ticketUrl).matches(Pattern.quote(DeployedEar.BASE_URL) + "/simulation\\?ticket=[A-Za-z0-9_-]{43}");

        browser.get(ticketUrl);
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        WebElement banner = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("simulation-banner")));
        Chromium.screenshot(browser, "simulation-home");
        assertThat(browser.getCurrentUrl()).endsWith("/index.xhtml");
        assertThat(banner.getText()).containsIgnoringCase("Accès en consultation seule")
                .contains("Simulation d’accès à Scolarité services",
                        "Vous accédez en consultation seule à certaines informations liées à ce compte",
                        "Aucune modification ne sera effectuée", "Aucune information ne sera effacée",
                        "Certains liens sont rendus inactifs en mode simulation", "Quitter la simulation");
        assertThat(browser.findElement(By.id("hello")).getText()).contains("claire.durand");
        assertThat(browser.findElement(By.id("children")).getText()).contains("Léa Durand", "Collège Jean Moulin");
        assertThat(browser.findElements(By.id("logout:logoutButton"))).as("no Faces logout to post").isEmpty();
        assertThat(browser.findElement(By.id("logout-simulation")).getText()).isEqualTo("Quitter la simulation");
        String sessionCookie = browser.manage().getCookieNamed("TSPORTAL").getValue();

        browser.findElement(By.id("nav-contact")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("contact-title")));
        assertThat(browser.findElement(By.id("simulation-banner")).isDisplayed()).isTrue();

        // A page with a Faces action: in a simulation it is rendered disabled, with the guide's title.
        browser.get(DeployedEar.BASE_URL + "/login.xhtml");
        WebElement submit = browser.findElement(By.id("login:submit"));
        assertThat(submit.isEnabled()).isFalse();
        assertThat(submit.getAttribute("title")).isEqualTo("Ce lien n’est pas actif dans la simulation");
        Chromium.screenshot(browser, "simulation-action-disabled");

        // The server refuses anyway: the browser's own postback, a forged one with the session cookie, a JAX-RS write.
        String viewState = viewState(browser.getPageSource());
        ((JavascriptExecutor) browser).executeScript("document.getElementById('login').submit();");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("simulation-message")));
        Chromium.screenshot(browser, "simulation-refused");
        // Selenium reads the non-breaking space before the colon as a plain one.
        assertThat(browser.findElement(By.id("simulation-message")).getText())
                .isEqualTo(REFUSED.replace('\u00a0', ' '));
        HttpResponse<String> forged = postWithCookie("/login.xhtml", sessionCookie, "login=login&login%3Ausername="
                + "claire.durand&login%3Apassword=Demo-2026&login%3Asubmit=&jakarta.faces.ViewState="
                + URLEncoder.encode(viewState, StandardCharsets.UTF_8));
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(forged.body()).contains(REFUSED);
        assertThat(postWithCookie("/api/test/clock?days=0", sessionCookie, "").statusCode()).isEqualTo(403);

        HttpClient stranger = HttpFacesIT.visitor();
        HttpResponse<String> reused = stranger.send(HttpRequest.newBuilder(URI.create(ticketUrl)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(reused.statusCode()).as("a ticket serves once").isEqualTo(403);
        assertThat(reused.body()).contains("Lien de simulation invalide");
        HttpResponse<String> home = get(stranger, "/index.xhtml");
        assertThat(home.body()).as("status " + home.statusCode()).contains("Se connecter")
                .doesNotContain("simulation-banner");

        browser.get(DeployedEar.BASE_URL + "/admin/");
        assertThat(browser.getPageSource()).as("the simulation is no console session").contains("Se connecter")
                .doesNotContain("Tableau de bord");

        browser.get(DeployedEar.BASE_URL + "/index.xhtml");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("quit-simulation"))).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("simulation-message")));
        Chromium.screenshot(browser, "simulation-ended");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Simulation terminée");
        browser.get(DeployedEar.BASE_URL + "/index.xhtml");
        assertThat(browser.findElements(By.id("login:username"))).as("the portal session ended").hasSize(1);

        assertThat(probe("claire.durand")).as("a simulation is not a sign-in: last access unchanged")
                .containsExactly(before);
        assertThat(get(console, "/admin/settings/history.xhtml").body())
                .contains("Simulation de l’accès au portail", "Fin de la simulation de l’accès au portail",
                        "claire.durand", "principal.college");
    }

    @Test
    @DisplayName("R-SIM-1, R-ROLE-1: the console refuses to simulate an account that opens no pupil of the establishment")
    void console_refuses_an_unknown_account() throws Exception {
        HttpClient console = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        postLogin(HttpClient.newBuilder().cookieHandler(console.cookieHandler().orElseThrow())
                .followRedirects(HttpClient.Redirect.NORMAL).build(), "/admin/login.xhtml", "principal.college",
                "Demo-2026");
        HttpResponse<String> refused = get(console, "/admin/accounts/simulate.xhtml?account=9000000000");
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("Ce compte ne donne accès à aucun élève de l’établissement choisi");
    }

    /** The console's page answers with a redirection to the portal's ticket URL, which is returned. */
    private static String openSimulation(HttpClient loggedIn, String accountId) throws Exception {
        HttpClient noRedirect = HttpClient.newBuilder().cookieHandler(loggedIn.cookieHandler().orElseThrow())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        HttpResponse<String> response = get(noRedirect, "/admin/accounts/simulate.xhtml?account=" + accountId);
        assertThat(response.statusCode()).isEqualTo(302);
        return response.headers().firstValue("Location").orElseThrow();
    }

    private static String[] probe(String username) throws Exception {
        String line = get(HttpClient.newHttpClient(), "/simulation-probe/account.jsp?username=" + username).body()
                .strip();
        assertThat(line).as("probe answer for " + username).isNotEmpty();
        return line.split(";");
    }

    private static String viewState(String page) {
        Matcher matcher = VIEW_STATE.matcher(page);
        assertThat(matcher.find()).isTrue();
        return matcher.group(1).replace("&#58;", ":");
    }

    private static HttpResponse<String> postWithCookie(String path, String sessionCookie, String form)
            throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(DeployedEar.BASE_URL + path))
                        .header("Cookie", "TSPORTAL=" + sessionCookie)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> get(HttpClient client, String path) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(DeployedEar.BASE_URL + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}

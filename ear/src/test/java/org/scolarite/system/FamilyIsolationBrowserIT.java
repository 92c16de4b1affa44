package org.scolarite.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * [P1] §7, R-PORTAL-5: one family cannot reach another's data. A crafted URL or form value with another family's pupil
 * id, or a service that is not in the child's menu, is refused on the server with the French « 403 » page, logged, and
 * nothing is read or written; the family's own pages keep working.
 */
@ExtendWith({DeployedEar.class, ArquillianExtension.class})
@RunAsClient
class FamilyIsolationBrowserIT {

    private static final Pattern VIEW_STATE =
            Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

    @Deployment(testable = false, name = "fixture", order = 2)
    static WebArchive fixtureWar() {
        return FamilyFixture.war();
    }

    private FamilyFixture family;
    private WebDriver browser;

    @BeforeEach
    void fixture() throws Exception {
        family = FamilyFixture.create();
    }

    @AfterEach
    void cleanUp() throws Exception {
        if (browser != null) {
            browser.quit();
        }
        family.delete();
    }

    @Test
    @DisplayName("[P1] §7, R-PORTAL-5: another family's pupil in the URL (home, links, contact) or the demo family's "
            + "pupil → « Accès refusé » (403, French) and a WARNING in the server log; the own child stays shown")
    void crafted_url_is_refused() throws Exception {
        browser = Chromium.start(1280, 900);
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        browser.get(DeployedEar.BASE_URL + "/login.xhtml");
        browser.findElement(By.id("login:username")).sendKeys(family.username);
        browser.findElement(By.id("login:password")).sendKeys(FamilyFixture.PASSWORD);
        browser.findElement(By.id("login:submit")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("switch-child")));

        browser.get(DeployedEar.BASE_URL + "/index.xhtml?enfant=" + family.strangerId);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("refused")));
        Chromium.screenshot(browser, "isolation-refused");
        assertThat(browser.findElement(By.id("refused-title")).getText()).isEqualTo("Accès refusé");
        assertThat(browser.findElement(By.id("refused-reason")).getText())
                .isEqualTo("Cet élève n’est pas rattaché à votre compte. Vous ne pouvez consulter que les informations "
                        + "de vos enfants.");
        assertThat(browser.getPageSource()).doesNotContain("Moreau").doesNotContain("Paul");

        HttpClient session = withSession(browser.manage().getCookieNamed("TSPORTAL").getValue());
        for (String path : List.of("/index.xhtml?enfant=", "/links.xhtml?enfant=", "/contact.xhtml?enfant=")) {
            HttpResponse<String> refused = get(session, path + family.strangerId);
            assertThat(refused.statusCode()).as(path).isEqualTo(403);
            assertThat(refused.body()).contains("Accès refusé").doesNotContain("Moreau");
        }
        assertThat(get(session, "/index.xhtml?enfant=abc").statusCode()).isEqualTo(403);
        assertThat(get(session, "/index.xhtml?enfant=" + family.julesId + "&enfant=" + family.strangerId).statusCode())
                .as("two values").isEqualTo(403);

        browser.findElement(By.id("refused-home")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("hello")));
        assertThat(browser.findElement(By.id("children")).getText()).contains("Alice", "Jules").doesNotContain("Paul");

        assertThat(DeployedEar.serverLog("Accès refusé au portail")).as("logged with the account and the id asked")
                .contains("Accès refusé au portail : compte " + family.username + " a demandé enfant="
                        + family.strangerId);
    }

    @Test
    @DisplayName("[P1] §7, R-PORTAL-7: a forged contact form whose « enfant » is another family's pupil is refused "
            + "(403) and queues nothing; an académie service not in the child's menu (piloted by another school) is "
            + "refused too")
    void forged_form_and_closed_service() throws Exception {
        HttpClient session = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        assertThat(HttpFacesIT.postLogin(session, "/login.xhtml", family.username, FamilyFixture.PASSWORD))
                .contains("switch-child");
        String contact = get(session, "/contact.xhtml?enfant=" + family.julesId).body();
        Matcher state = VIEW_STATE.matcher(contact);
        assertThat(state.find()).isTrue();
        String form = "contact-form=contact-form&contact-form%3Aenfant=" + family.strangerId
                + "&contact-form%3Asubject=Objet&contact-form%3Amessage=Message&contact-form%3Asend=Envoyer"
                + "&jakarta.faces.ViewState=" + URLEncoder.encode(state.group(1).replace("&#58;", ":"),
                StandardCharsets.UTF_8);
        HttpResponse<String> forged = session.send(HttpRequest.newBuilder(URI.create(DeployedEar.BASE_URL
                        + "/contact.xhtml")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(forged.body()).contains("Accès refusé");
        assertThat(family.collegeOutbox()).isEmpty();

        HttpResponse<String> piloted = get(session, "/service?cle=academic-" + family.experimentalId);
        assertThat(piloted.statusCode()).isEqualTo(403);
        assertThat(piloted.body()).contains("Ce service n’est pas ouvert pour cet enfant");
        // Alice's lycée did not open « Orientation après la 3e »: refused for her, allowed for Jules.
        get(session, "/index.xhtml?enfant=" + family.aliceId);
        assertThat(get(session, "/service?cle=academic-" + family.orientationId).statusCode()).isEqualTo(403);
    }

    private static HttpClient withSession(String cookie) {
        return HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .cookieHandler(new CookieManager() {
                    @Override
                    public java.util.Map<String, List<String>> get(URI uri,
                                                                  java.util.Map<String, List<String>> headers) {
                        return java.util.Map.of("Cookie", List.of("TSPORTAL=" + cookie));
                    }
                }).build();
    }

    private static HttpResponse<String> get(HttpClient client, String path) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(DeployedEar.BASE_URL + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}

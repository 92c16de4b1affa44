package org.scolarite.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
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
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * « Emploi du temps » (R-EDT-1, R-EDT-2, R-SVC-2) on the demo data: the demo collège is in the timetable perimeter and
 * seeded with its divisions' timetables (two weeks shown, the setting's default); the demo lycée is not in it. A
 * guardian walks the weeks on a laptop, the pupil reads his week on a phone, and what must be refused is refused on the
 * server and logged: a week outside the window, another family's child, an establishment outside the perimeter.
 * Screenshots land in target/screenshots.
 */
@ExtendWith({DeployedEar.class, ArquillianExtension.class})
@RunAsClient
class TimetableBrowserIT {

    @Deployment(testable = false, name = "fixture", order = 2)
    static WebArchive fixtureWar() {
        return FamilyFixture.war();
    }

    /** The README's password of the demo logins. */
    private static final String DEMO_PASSWORD = "Demo-2026";

    private WebDriver browser;

    @BeforeEach
    void today() throws Exception {
        // the demo's changes are dated from the seeding day: put the clock back if another test moved it
        assertThat(DeployedEar.moveClock(0)).isBetween(200, 299);
    }

    @AfterEach
    void quit() {
        if (browser != null) {
            browser.quit();
        }
    }

    private WebDriverWait signIn(String username, int width, int height) {
        browser = Chromium.start(width, height);
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        browser.get(DeployedEar.BASE_URL + "/login.xhtml");
        browser.findElement(By.id("login:username")).sendKeys(username);
        browser.findElement(By.id("login:password")).sendKeys(DEMO_PASSWORD);
        browser.findElement(By.id("login:submit")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("content")));
        return wait;
    }

    @Test
    @DisplayName("R-EDT-1, R-EDT-2: the guardian opens « Emploi du temps » from the menu: a days × hours grid of the "
            + "current week, then the next one, and no further (a crafted week 9 shows the last allowed one, logged)")
    void guardianWalksTheWeeks() throws Exception {
        WebDriverWait wait = signIn("claire.durand", 1280, 1000);
        browser.findElement(By.linkText("Emploi du temps")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("timetable-grid")));
        assertThat(browser.findElement(By.id("week-title")).getText()).contains("Semaine 1 sur 2", "semaine en cours");
        assertThat(browser.findElements(By.cssSelector(".edt-scale .edt-hour"))).isNotEmpty()
                .allMatch(hour -> hour.isDisplayed());
        assertThat(browser.findElements(By.cssSelector(".edt-session")).size()).isGreaterThan(15);
        assertThat(browser.findElements(By.id("previous-week"))).isEmpty();
        Chromium.screenshot(browser, "timetable-guardian-week1");

        browser.findElement(By.id("next-week")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("week-title"), "Semaine 2 sur 2"));
        assertThat(browser.findElements(By.id("next-week"))).isEmpty();
        // the demo puts a cancelled course and an added session in every division's next week
        assertThat(browser.findElements(By.cssSelector(".edt-cancelled .edt-subject"))).isNotEmpty()
                .allMatch(subject -> subject.getCssValue("text-decoration-line").contains("line-through"));
        assertThat(browser.findElement(By.cssSelector(".edt-added .edt-badge")).getText()).contains("Séance ajoutée");
        Chromium.screenshot(browser, "timetable-guardian-week2");

        browser.get(DeployedEar.BASE_URL + "/emploi-du-temps.xhtml?semaine=9");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("week-title")));
        assertThat(browser.findElement(By.id("week-title")).getText()).contains("Semaine 2 sur 2");
        assertThat(DeployedEar.serverLog("hors des 2 semaines ouvertes"))
                .contains("Emploi du temps : compte claire.durand a demandé la semaine 9 hors des 2 semaines ouvertes");
    }

    @Test
    @DisplayName("R-EDT-2: the pupil reads his week on a phone (375 px): one day after the other, no hour scale, "
            + "nothing wider than the screen")
    void pupilOnAPhone() throws Exception {
        WebDriverWait wait = signIn("lea.durand", 375, 812);
        // a headless window is never narrower than about 500 px: the phone's width is emulated
        ((org.openqa.selenium.chrome.ChromeDriver) browser).executeCdpCommand("Emulation.setDeviceMetricsOverride",
                java.util.Map.of("width", 375, "height", 812, "deviceScaleFactor", 1, "mobile", true));
        browser.get(DeployedEar.BASE_URL + "/emploi-du-temps.xhtml");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("timetable-grid")));
        assertThat(browser.findElement(By.cssSelector(".edt-scale")).isDisplayed()).isFalse();
        var days = browser.findElements(By.cssSelector(".edt-day"));
        assertThat(days).hasSizeGreaterThanOrEqualTo(5);
        assertThat(days.get(1).getLocation().getY()).isGreaterThan(days.get(0).getLocation().getY());
        assertThat(days.get(0).findElement(By.cssSelector(".edt-day-long")).getText()).startsWith("Lundi");
        JavascriptExecutor js = (JavascriptExecutor) browser;
        assertThat(((Number) js.executeScript("return document.documentElement.clientWidth;")).intValue())
                .isEqualTo(375);
        assertThat(((Number) js.executeScript("return document.documentElement.scrollWidth - "
                + "document.documentElement.clientWidth;")).intValue()).as("horizontal overflow").isLessThanOrEqualTo(0);
        Chromium.screenshot(browser, "timetable-pupil-phone");
    }

    @Test
    @DisplayName("R-EDT-2, R-SVC-2, R-PORTAL-5: another family's child → 403, logged; the lycée, outside the "
            + "timetable perimeter, has no « Emploi du temps » in its menu and refuses the page (403)")
    void refusals() throws Exception {
        FamilyFixture stranger = FamilyFixture.create();
        try {
            HttpClient guardian = session("claire.durand");
            HttpResponse<String> other = get(guardian, "/emploi-du-temps.xhtml?enfant=" + stranger.strangerId);
            assertThat(other.statusCode()).isEqualTo(403);
            assertThat(other.body()).contains("Accès refusé").doesNotContain("timetable-grid");
            assertThat(DeployedEar.serverLog("enfant=" + stranger.strangerId)).contains("Accès refusé au portail : compte "
                    + "claire.durand a demandé enfant=" + stranger.strangerId);
            assertThat(get(guardian, "/emploi-du-temps.xhtml").body()).contains("timetable-grid");
        } finally {
            stranger.delete();
        }

        HttpClient lycee = session("claire.durand1");
        assertThat(get(lycee, "/index.xhtml").body()).doesNotContain("emploi-du-temps.xhtml");
        HttpResponse<String> outside = get(lycee, "/emploi-du-temps.xhtml");
        assertThat(outside.statusCode()).isEqualTo(403);
        assertThat(outside.body()).contains("Ce service n’est pas ouvert pour cet enfant")
                .doesNotContain("timetable-grid");
        assertThat(DeployedEar.serverLog("service=TIMETABLE")).contains("compte claire.durand1 a demandé service=TIMETABLE");
    }

    private static HttpClient session(String username) throws Exception {
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        assertThat(HttpFacesIT.postLogin(client, "/login.xhtml", username, DEMO_PASSWORD))
                .contains("portal-nav");
        return client;
    }

    private static HttpResponse<String> get(HttpClient client, String path) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(DeployedEar.BASE_URL + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}

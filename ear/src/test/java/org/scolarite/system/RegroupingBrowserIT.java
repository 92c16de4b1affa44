package org.scolarite.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * R-PORTAL-8 end to end in Chromium: a mother with a child in a collège and another in a lycée of the académie (one
 * account each, R-ACC-1 — generated through the test hooks, so that the demo family claire.durand keeps her two
 * accounts for the other tests) signs in with the collège account, fails once with a wrong password, then regroups
 * the lycée account: both children are listed, the lycée identifier no longer opens anything. At desktop width and at
 * phone width (390 px). Screenshots: target/screenshots/regrouping-*.png.
 */
@ExtendWith(DeployedEar.class)
class RegroupingBrowserIT {

    private static final String PASSWORD = "Cartable-2026";
    private static final Pattern FAMILY = Pattern.compile("\"first\":\"([^\"]+)\",\"second\":\"([^\"]+)\"");
    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    private WebDriver browser;

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    @DisplayName("R-PORTAL-8: a guardian regroups her lycée account into her collège account (desktop)")
    void regroupsAtDesktopWidth() throws Exception {
        walk(1280, 900, "desktop");
    }

    @Test
    @DisplayName("R-PORTAL-8: the same journey on a phone (390 px)")
    void regroupsAtPhoneWidth() throws Exception {
        walk(390, 844, "phone");
    }

    private void walk(int width, int height, String device) throws Exception {
        String[] family = generateFamily();
        String college = family[0];
        String lycee = family[1];
        browser = Chromium.start(Math.max(width, 500), height);
        if (width < 500) {
            // Headless Chromium keeps its window at least 500 px wide: the phone's viewport is emulated instead.
            ((org.openqa.selenium.chrome.ChromeDriver) browser).executeCdpCommand("Emulation.setDeviceMetricsOverride",
                    java.util.Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", true));
        }
        WebDriverWait wait = new WebDriverWait(browser, TIMEOUT);

        login(wait, college, PASSWORD);
        browser.get(DeployedEar.BASE_URL + "/account/children.xhtml");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("attached-children")));
        assertThat(browser.findElements(By.cssSelector("#attached-children .attached-child"))).hasSize(1);
        assertThat(browser.findElement(By.id("tab-children")).getAttribute("aria-current")).isEqualTo("page");
        Chromium.screenshot(browser, "regrouping-" + device + "-1-children");

        // Wrong password: one message next to the identifier, the identifier kept, the password not.
        browser.findElement(By.id("regroup:otherUsername")).sendKeys(lycee);
        browser.findElement(By.id("regroup:otherPassword")).sendKeys("Mauvais-2026");
        browser.findElement(By.id("regroup:submit")).click();
        WebElement error = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("regroup:otherUsername-error")));
        assertThat(error.getText()).startsWith("Identifiant ou mot de passe incorrect.");
        assertThat(browser.findElement(By.id("regroup:otherUsername")).getAttribute("value")).isEqualTo(lycee);
        assertThat(browser.findElement(By.id("regroup:otherUsername")).getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.findElement(By.id("regroup:otherPassword")).getAttribute("value")).isEmpty();
        assertThat(browser.findElements(By.cssSelector("#attached-children .attached-child"))).hasSize(1);
        scrollTo(error);
        Chromium.screenshot(browser, "regrouping-" + device + "-2-refused");

        browser.findElement(By.id("regroup:otherPassword")).sendKeys(PASSWORD);
        browser.findElement(By.id("regroup:submit")).click();
        WebElement done = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("done")));
        assertThat(done.getText()).contains("Le compte " + lycee + " a été regroupé avec votre compte")
                .contains("BANC-").contains("y est désormais rattaché.");
        assertThat(browser.findElements(By.cssSelector("#attached-children .attached-child")))
                .extracting(WebElement::getText)
                .anySatisfy(text -> assertThat(text).contains("Collège du banc d'essai"))
                .anySatisfy(text -> assertThat(text).contains("Lycée du banc d'essai"))
                .hasSize(2);
        assertThat(browser.findElement(By.id("regroup:otherUsername")).getAttribute("value")).isEmpty();
        Chromium.screenshot(browser, "regrouping-" + device + "-3-done");

        // The home page lists both children; the deleted account no longer signs in.
        browser.get(DeployedEar.BASE_URL + "/index.xhtml");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("children")));
        assertThat(browser.findElements(By.cssSelector("#children li"))).hasSize(2);
        browser.manage().deleteAllCookies();
        browser.get(DeployedEar.BASE_URL + "/login.xhtml");
        typeLogin(wait, lycee, PASSWORD);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login:messages")));
        assertThat(browser.getCurrentUrl()).doesNotContain("index.xhtml");
    }

    private void login(WebDriverWait wait, String username, String password) {
        browser.get(DeployedEar.BASE_URL + "/login.xhtml");
        typeLogin(wait, username, password);
        wait.until(ExpectedConditions.urlContains("index.xhtml"));
    }

    private void typeLogin(WebDriverWait wait, String username, String password) {
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login:username"))).sendKeys(username);
        browser.findElement(By.id("login:password")).sendKeys(password);
        browser.findElement(By.id("login:submit")).click();
    }

    private void scrollTo(WebElement element) {
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                "arguments[0].scrollIntoView({block: 'center'});", element);
    }

    /** A new family with a child in each of the generator's two schools, both accounts « Utilisé » (test hooks). */
    private static String[] generateFamily() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(DeployedEar.BASE_URL + "/api/test/families"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("count=1&schools=2&password=" + PASSWORD)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        Matcher matcher = FAMILY.matcher(response.body());
        assertThat(matcher.find()).as(response.body()).isTrue();
        return new String[] {matcher.group(1), matcher.group(2)};
    }
}

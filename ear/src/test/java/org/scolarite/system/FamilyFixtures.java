package org.scolarite.system;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What the self-service browser tests share (R-PORTAL-3, R-PORTAL-4): accounts of their own, made through the test hook
 * {@code /api/test/fixture-accounts} (a new family each time, « Utilisé » with the password given: the demo accounts
 * other tests rely on are never touched); the portal's login; the e-mails read in the console's demo mailbox (the
 * embedded default has no SMTP server, so the outbox's pending messages are shown there to the collège's head, in
 * whose establishment the fixtures are made); and full-page screenshots.
 */
final class FamilyFixtures {

    static final Duration TIMEOUT = Duration.ofSeconds(20);
    static final String PASSWORD = "Cartable-2026";

    private FamilyFixtures() {
    }

    /** A new account « Utilisé » of kind GUARDIAN or STUDENT; {@code email} null for none. Returns its identifier. */
    static String account(String kind, String email, boolean validated) throws Exception {
        String form = "kind=" + kind + "&password=" + PASSWORD + "&validated=" + validated
                + (email == null ? "" : "&email=" + URLEncoder.encode(email, StandardCharsets.UTF_8));
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                                URI.create(DeployedEar.BASE_URL + "/api/test/fixture-accounts"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response.body().strip();
    }

    /** A unique address on a domain nobody else uses, so that the mailbox finds this test's e-mails only. */
    static String uniqueEmail(String who) {
        return who + System.nanoTime() + "@famille.example.org";
    }

    static void portalLogin(WebDriver browser, String username, String password) {
        browser.get(DeployedEar.BASE_URL + "/login.xhtml");
        WebDriverWait wait = new WebDriverWait(browser, TIMEOUT);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("login:username")));
        browser.findElement(By.id("login:username")).sendKeys(username);
        browser.findElement(By.id("login:password")).sendKeys(password);
        browser.findElement(By.id("login:submit")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("logout:logoutButton")));
    }

    /** The console's head of the collège, in his own browser, for the demo mailbox. */
    static WebDriver mailboxReader(List<WebDriver> browsers) {
        WebDriver admin = Chromium.start(1280, 900);
        browsers.add(admin);
        admin.get(DeployedEar.BASE_URL + "/admin/");
        admin.findElement(By.id("login:username")).sendKeys("principal.college");
        admin.findElement(By.cssSelector("#login input[type=password]")).sendKeys("Demo-2026");
        admin.findElement(By.id("login:submit")).click();
        new WebDriverWait(admin, TIMEOUT).until(ExpectedConditions.presenceOfElementLocated(By.id("logout")));
        return admin;
    }

    /** The HTML bodies of the mails waiting for {@code recipient} whose subject contains {@code subject}, newest first. */
    static List<String> mails(WebDriver admin, String recipient, String subject) {
        admin.get(DeployedEar.BASE_URL + "/admin/mail/demo-mailbox.xhtml");
        new WebDriverWait(admin, TIMEOUT).until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));
        return admin.findElements(By.xpath("//article[contains(@class,'demo-mail')][.//dd[normalize-space()='"
                        + recipient + "']][.//dd[contains(., '" + subject + "')]]//iframe")).stream()
                .map(frame -> frame.getAttribute("srcdoc")).toList();
    }

    /** The one mail for {@code recipient} with {@code subject}, waited for (it is queued in the request's transaction). */
    static String mail(WebDriver admin, String recipient, String subject) {
        List<String> found = mails(admin, recipient, subject);
        assertThat(found).as("one « %s » mail to %s in the demo mailbox", subject, recipient).hasSize(1);
        return found.get(0);
    }

    /** The link of {@code page} in a mail, on this test server (the mail names the académie's portal address). */
    static String link(String html, String page) {
        Matcher link = Pattern.compile(Pattern.quote(page) + "\\?token=([A-Za-z0-9_-]+)").matcher(html);
        assertThat(link.find()).as("a link to %s in %s", page, html).isTrue();
        return DeployedEar.BASE_URL + "/" + page + "?token=" + link.group(1);
    }

    static WebElement waitFor(WebDriver browser, String id) {
        return new WebDriverWait(browser, TIMEOUT).until(ExpectedConditions.presenceOfElementLocated(By.id(id)));
    }

    /**
     * The text of the field message {@code id}, waited for: the page sent holds it empty (Faces renders a message
     * with an id even without text), so presence alone would read the page before the answer.
     */
    static String message(WebDriver browser, String id) {
        return new WebDriverWait(browser, TIMEOUT).until(d -> {
            try {
                String shown = d.findElement(By.id(id)).getText();
                return shown.isBlank() ? null : shown;
            } catch (org.openqa.selenium.NoSuchElementException | org.openqa.selenium.StaleElementReferenceException e) {
                return null;
            }
        });
    }

    static String text(WebDriver browser, String id) {
        return browser.findElement(By.id(id)).getText();
    }

    /** Phone width: the layout of a 390 px wide phone (headless Chromium's windows are never narrower than 500 px). */
    static final int PHONE_WIDTH = 390;
    private static final int PHONE_HEIGHT = 844;
    private static final java.util.Set<WebDriver> PHONES = java.util.Collections.newSetFromMap(
            new java.util.WeakHashMap<>());

    /** A browser with a phone's viewport (390 × 844, touch, mobile), through Chromium's device emulation. */
    static WebDriver phone(List<WebDriver> browsers) {
        WebDriver phone = Chromium.start(500, 900);
        browsers.add(phone);
        emulatePhone(phone, PHONE_HEIGHT);
        PHONES.add(phone);
        return phone;
    }

    private static void emulatePhone(WebDriver phone, long height) {
        ((org.openqa.selenium.chrome.ChromeDriver) phone).executeCdpCommand("Emulation.setDeviceMetricsOverride",
                java.util.Map.of("width", PHONE_WIDTH, "height", height, "deviceScaleFactor", 1, "mobile", true));
    }

    /** The whole page as target/screenshots/&lt;name&gt;.png. */
    static void screenshot(WebDriver browser, String name) throws Exception {
        if (PHONES.contains(browser)) {
            long height = (Long) ((JavascriptExecutor) browser).executeScript(
                    "return document.documentElement.scrollHeight");
            emulatePhone(browser, Math.max(PHONE_HEIGHT, Math.min(4000, height)));
            try {
                Chromium.screenshot(browser, name);
            } finally {
                emulatePhone(browser, PHONE_HEIGHT);
            }
            return;
        }
        Dimension size = browser.manage().window().getSize();
        long height = (Long) ((JavascriptExecutor) browser).executeScript(
                "return document.documentElement.scrollHeight");
        long viewport = (Long) ((JavascriptExecutor) browser).executeScript("return window.innerHeight");
        browser.manage().window().setSize(new Dimension(size.getWidth(), (int) Math.min(4000,
                Math.max(size.getHeight(), height + size.getHeight() - viewport))));
        try {
            Chromium.screenshot(browser, name);
        } finally {
            browser.manage().window().setSize(size);
        }
    }
}

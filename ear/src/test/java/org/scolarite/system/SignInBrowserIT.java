package org.scolarite.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
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
 * The portal's login page (R-PORTAL-1) and its protection ([P1] « Protection »): the page at desktop and phone width,
 * the lock-out after repeated failures — the same for an unknown identifier —, which frees itself, the session id
 * renewed at sign-in. Each test signs in with a family of its own ({@link SignInFixtures}). Screenshots:
 * target/screenshots/signin-*.png.
 */
@ExtendWith({DeployedEar.class, ArquillianExtension.class})
@RunAsClient
class SignInBrowserIT {

    private static final Duration TIMEOUT = Duration.ofSeconds(20);
    private static final String FAILED = "Identifiant ou mot de passe incorrect.";
    private static final String LOCKED = "Trop de tentatives de connexion ont échoué. Par sécurité, la connexion est "
            + "suspendue jusqu’à";

    @Deployment(testable = false, name = "fixtures", order = 2)
    static WebArchive fixtures() {
        return SignInFixtures.war();
    }

    private final List<WebDriver> browsers = new ArrayList<>();

    @AfterEach
    void closeBrowsers() {
        browsers.forEach(WebDriver::quit);
    }

    @Test
    @DisplayName("R-PORTAL-1: the login page: labelled identifier and password, « Identifiant oublié ? » and « Mot de passe "
            + "oublié ? », the portal's welcome text, the form first; at desktop and phone width")
    void login_page() throws Exception {
        for (int width : new int[] {1280, 390}) {
            WebDriver browser = browser(width, width > 500 ? 900 : 844);
            browser.get(DeployedEar.BASE_URL + "/");
            WebElement username = browser.findElement(By.id("login:username"));
            assertThat(browser.switchTo().activeElement()).as("the identifier has the focus").isEqualTo(username);
            assertThat(browser.findElement(By.cssSelector("label[for='login:username']")).getText())
                    .isEqualTo("Votre identifiant");
            assertThat(browser.findElement(By.cssSelector("label[for='login:password']")).getText())
                    .isEqualTo("Votre mot de passe");
            assertThat(browser.findElement(By.id("forgotten-username")).getText()).isEqualTo("Identifiant oublié ?");
            assertThat(browser.findElement(By.id("forgotten-username")).getAttribute("href"))
                    .endsWith("/forgotten-username.xhtml");
            assertThat(browser.findElement(By.id("forgotten-password")).getText()).isEqualTo("Mot de passe oublié ?");
            assertThat(browser.findElement(By.id("forgotten-password")).getAttribute("href"))
                    .endsWith("/forgotten-password.xhtml");
            assertThat(browser.findElement(By.id("welcome-message")).getText())
                    .contains("Bienvenue sur Scolarité services", "services en ligne de l’Éducation nationale");
            WebElement form = browser.findElement(By.id("login"));
            WebElement welcome = browser.findElement(By.id("welcome-message"));
            if (width < 500) {
                assertThat(form.getRect().getY()).as("phone: the form above the welcome text")
                        .isLessThan(welcome.getRect().getY());
                assertThat(form.getRect().getWidth()).isLessThanOrEqualTo(390);
            } else {
                assertThat(form.getRect().getX()).as("desktop: the form beside, left of, the welcome text")
                        .isLessThan(welcome.getRect().getX());
            }
            screenshot(browser, "signin-login-" + (width < 500 ? "phone" : "desktop"));

            browser.findElement(By.id("login:submit")).click();
            new WebDriverWait(browser, TIMEOUT).until(ExpectedConditions.visibilityOfElementLocated(
                    By.id("login:username-error")));
            assertThat(browser.findElement(By.id("login:username-error")).getText())
                    .contains("Veuillez saisir votre identifiant.");
            screenshot(browser, "signin-login-required-" + (width < 500 ? "phone" : "desktop"));
        }
    }

    @Test
    @DisplayName("Protection: 5 failures lock an identifier with one French message, the same for an unknown one; while "
            + "locked even the right password is refused; the lock frees itself (clock moved a day)")
    void lock_out() throws Exception {
        SignInFixtures.Family family = SignInFixtures.family("Lina", "Sarah", LocalDate.of(2013, 2, 3));
        String unknown = "personne." + SignInFixtures.tag();
        List<String> known = attempts(family.pupilUsername());
        List<String> stranger = attempts(unknown);
        for (List<String> answers : List.of(known, stranger)) {
            assertThat(answers.subList(0, 4)).allSatisfy(a -> assertThat(a).contains(FAILED).doesNotContain(LOCKED));
            assertThat(answers.get(4)).as("the 5th failure says the identifier is locked").contains(LOCKED)
                    .doesNotContain(FAILED);
        }
        assertThat(lockMessage(known.get(4))).as("same message, known or unknown identifier")
                .isEqualTo(lockMessage(stranger.get(4)));

        String rightPassword = text(HttpFacesIT.postLogin(HttpFacesIT.visitor(), "/login.xhtml",
                family.pupilUsername(), family.pupilPassword()));
        assertThat(rightPassword).as("locked: not even checked").contains(LOCKED)
                .doesNotContain("first-connection-title");

        WebDriver browser = browser(1280, 900);
        signIn(browser, unknown, "pas-le-bon-1");
        WebElement message = new WebDriverWait(browser, TIMEOUT).until(
                ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#login .message-error")));
        assertThat(message.getText()).startsWith(LOCKED.replace('\u00a0', ' '));
        screenshot(browser, "signin-locked");

        try {
            assertThat(DeployedEar.moveClock(1)).isEqualTo(204);
            String tomorrow = text(HttpFacesIT.postLogin(HttpFacesIT.visitor(), "/login.xhtml",
                    family.pupilUsername(), family.pupilPassword()));
            assertThat(tomorrow).as("the lock freed itself").contains("first-connection-title");
        } finally {
            DeployedEar.moveClock(0);
        }
    }

    @Test
    @DisplayName("Protection: the session id changes at sign-in; the id held before signing in opens nothing")
    void session_id_renewed() throws Exception {
        SignInFixtures.Family family = SignInFixtures.family("Maya", "Julie", LocalDate.of(2012, 6, 7));
        WebDriver browser = browser(1280, 900);
        browser.get(DeployedEar.BASE_URL + "/login.xhtml");
        String before = browser.manage().getCookieNamed("TSPORTAL").getValue();
        signIn(browser, family.pupilUsername(), family.pupilPassword());
        new WebDriverWait(browser, TIMEOUT).until(ExpectedConditions.presenceOfElementLocated(
                By.id("first-connection-title")));
        String after = browser.manage().getCookieNamed("TSPORTAL").getValue();
        assertThat(after).isNotEqualTo(before);

        assertThat(withCookie(before).body()).as("the old id is not signed in").contains("login:username")
                .doesNotContain("first-connection-title");
        assertThat(withCookie(after).body()).as("the new id is").contains("first-connection-title");
    }

    private static List<String> attempts(String username) throws Exception {
        List<String> answers = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            answers.add(text(HttpFacesIT.postLogin(HttpFacesIT.visitor(), "/login.xhtml", username,
                    "mauvais-mot-" + i)));
        }
        return answers;
    }

    /** The page with its character references resolved (« &#233; », « &nbsp; »), as a reader sees the text. */
    static String text(String html) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("&#(x?)([0-9a-fA-F]+);").matcher(html);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            int code = Integer.parseInt(m.group(2), m.group(1).isEmpty() ? 10 : 16);
            m.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(new String(Character.toChars(code))));
        }
        m.appendTail(out);
        return out.toString().replace("&nbsp;", "\u00a0");
    }

    /** The lock-out sentence, with its hour replaced, as the page says it. */
    private static String lockMessage(String page) {
        int start = page.indexOf("Trop de tentatives");
        return page.substring(start, page.indexOf('<', start)).replaceAll("\\d+ h \\d+", "HH");
    }

    private static HttpResponse<String> withCookie(String sessionId) throws Exception {
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        return client.send(HttpRequest.newBuilder(URI.create(DeployedEar.BASE_URL + "/first-connection.xhtml"))
                .header("Cookie", "TSPORTAL=" + sessionId).build(), HttpResponse.BodyHandlers.ofString());
    }

    static void signIn(WebDriver browser, String username, String password) {
        if (browser.findElements(By.id("login:username")).isEmpty()) {
            browser.get(DeployedEar.BASE_URL + "/login.xhtml");
        }
        browser.findElement(By.id("login:username")).clear();
        browser.findElement(By.id("login:username")).sendKeys(username);
        browser.findElement(By.id("login:password")).sendKeys(password);
        browser.findElement(By.id("login:submit")).click();
    }

    private WebDriver browser(int width, int height) {
        WebDriver browser = start(width, height);
        browsers.add(browser);
        return browser;
    }

    /** The whole page (not only the window) as target/screenshots/&lt;name&gt;.png, at the emulated phone width too. */
    static void screenshot(WebDriver browser, String name) throws Exception {
        org.openqa.selenium.JavascriptExecutor js = (org.openqa.selenium.JavascriptExecutor) browser;
        long width = (Long) js.executeScript("return window.innerWidth");
        long viewport = (Long) js.executeScript("return window.innerHeight");
        long height = Math.min(3000, Math.max(viewport, (Long) js.executeScript(
                "return document.documentElement.scrollHeight")));
        if (width < 500) {
            assertThat((Long) js.executeScript("return document.documentElement.scrollWidth"))
                    .as(name + ": nothing wider than the phone").isLessThanOrEqualTo(width);
            org.openqa.selenium.chrome.ChromeDriver chrome = (org.openqa.selenium.chrome.ChromeDriver) browser;
            chrome.executeCdpCommand("Emulation.setDeviceMetricsOverride", java.util.Map.of("width", width,
                    "height", height, "deviceScaleFactor", 1, "mobile", true));
            try {
                Chromium.screenshot(browser, name);
            } finally {
                chrome.executeCdpCommand("Emulation.setDeviceMetricsOverride", java.util.Map.of("width", width,
                        "height", viewport, "deviceScaleFactor", 1, "mobile", true));
            }
            return;
        }
        org.openqa.selenium.Dimension size = browser.manage().window().getSize();
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(size.getWidth(),
                (int) (height + size.getHeight() - viewport)));
        try {
            Chromium.screenshot(browser, name);
        } finally {
            browser.manage().window().setSize(size);
        }
    }

    /**
     * Chromium at that size; below 500 px (headless windows are no narrower) the page is laid out as on a phone of that
     * width through the DevTools' device metrics, as the browser's own device mode does.
     */
    static WebDriver start(int width, int height) {
        WebDriver browser = Chromium.start(Math.max(width, 500), height);
        if (width < 500) {
            ((org.openqa.selenium.chrome.ChromeDriver) browser).executeCdpCommand("Emulation.setDeviceMetricsOverride",
                    java.util.Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", true));
        }
        return browser;
    }
}

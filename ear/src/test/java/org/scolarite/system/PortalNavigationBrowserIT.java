package org.scolarite.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The family's navigation in Chromium (R-PORTAL-5/6/7, R-SET-5, R-ACC-9, deliverable 6), on the test's own family
 * ({@link FamilyFixture}): one account, two children in two establishments with different menus, the switcher on every
 * page, the contact form to the school with its copy, the access log, and the phone layout. Screenshots in
 * target/screenshots.
 */
@ExtendWith({DeployedEar.class, ArquillianExtension.class})
@RunAsClient
class PortalNavigationBrowserIT {

    @Deployment(testable = false, name = "fixture", order = 2)
    static WebArchive fixtureWar() {
        return FamilyFixture.war();
    }

    private FamilyFixture family;
    private WebDriver browser;
    private WebDriverWait wait;

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
    @DisplayName("R-PORTAL-5: two children in two establishments have different menus (the collège's académie service, "
            + "not the one piloted by another school; none in the lycée); the switcher is on every page and keeps the "
            + "page; « Mon compte » and the logout are in the header; académie links are logged then redirected")
    void two_children_two_menus() throws Exception {
        open(1280, 900);
        login();

        // Children are listed by first name: Alice (lycée) is shown first.
        assertThat(new Select(browser.findElement(By.id("switch-child"))).getFirstSelectedOption().getText())
                .contains("Alice Bernard", "Lycée Victor Grignard");
        assertThat(menuLabels()).containsExactly("Accueil", "Vie scolaire", "Notes", "Livret scolaire du lycée",
                "Fiche de renseignements", "Inscription en ligne", "Liens utiles", "Contact");
        assertThat(browser.findElement(By.id("nav-account")).getText()).isEqualTo("Mon compte");
        assertThat(browser.findElement(By.id("nav-account")).getAttribute("href")).endsWith("/account/profile.xhtml");
        assertThat(browser.findElements(By.id("logout:logoutButton"))).hasSize(1);

        switchTo("Jules");
        assertThat(browser.getCurrentUrl()).contains("/index.xhtml");
        assertThat(menuLabels()).containsExactly("Accueil", "Vie scolaire", "Notes", "Livret scolaire",
                "Fiche de renseignements", "Bourse de collège", "Inscription en ligne", "Orientation après la 3e",
                "Liens utiles", "Contact");
        assertThat(browser.findElement(By.id("school-message")).getText())
                .contains("Bienvenue au collège Louise Michel");
        assertThat(browser.findElements(By.id("access-removed"))).isEmpty();
        Chromium.screenshot(browser, "navigation-home-desktop");

        browser.findElement(By.id("nav-links")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("links-title")));
        assertThat(browser.findElement(By.id("nav-links")).getAttribute("aria-current")).isEqualTo("page");
        switchTo("Alice");
        assertThat(browser.getCurrentUrl()).as("the switcher keeps the page").contains("/links.xhtml");
        assertThat(menuLabels()).doesNotContain("Orientation après la 3e");

        // R-ACC-9: Léo's access was removed: the home says that the tracking services are withheld (not Jules's).
        browser.findElement(By.id("nav-home")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("hello")));
        switchTo("Léo");
        assertThat(browser.findElement(By.id("access-removed")).getText())
                .contains("L’établissement a enlevé l’accès de Léo aux services de suivi de la scolarité",
                        "notes, vie scolaire, livrets scolaires");
        Chromium.screenshot(browser, "navigation-access-removed");

        // The académie's service: a checked, logged redirection (the external site itself is not reachable here).
        switchTo("Jules");
        WebElement orientation = browser.findElement(By.id("nav-academic-" + family.orientationId));
        assertThat(orientation.getAttribute("target")).isEqualTo("_blank");
        HttpResponse<String> redirect = withSession().send(HttpRequest.newBuilder(URI.create(
                orientation.getAttribute("href"))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(redirect.statusCode()).isEqualTo(303);
        assertThat(redirect.headers().firstValue("Location")).contains("https://orientation.ac-normandie.fr/");

        // Deliverable 6: every view above is in the access log once flushed (every 5 s), with the right child.
        List<String> rows = family.accessesAtLeast(8);
        assertThat(rows).containsSubsequence("HOME;" + family.aliceId, "HOME;" + family.julesId,
                "LINKS;" + family.julesId, "LINKS;" + family.aliceId, "HOME;" + family.leoId,
                "academic-" + family.orientationId + ";" + family.julesId);
    }

    @Test
    @DisplayName("R-PORTAL-7, R-SET-5: the contact form explains errors in French next to the fields and keeps what was "
            + "typed; sent, the school gets the message with Reply-To the family and the family a copy; a double "
            + "click sends once")
    void contact_form() throws Exception {
        open(1280, 900);
        login();
        switchTo("Jules");
        browser.findElement(By.id("nav-contact")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("contact-form:subject")));
        assertThat(browser.findElement(By.id("contact-mailbox")).getText()).contains(family.mailbox);
        assertThat(browser.findElement(By.id("contact-intro")).getText())
                .contains("Collège Louise Michel", "répondra à votre adresse électronique (" + family.familyEmail + ")");

        // The browser's own « required » check would stop an empty form: the server's messages are what is tested.
        ((JavascriptExecutor) browser).executeScript(
                "document.querySelectorAll('#contact-form [required]').forEach(e => e.removeAttribute('required'));");
        browser.findElement(By.id("contact-form:message")).sendKeys("Bonjour, Jules sera absent vendredi.");
        browser.findElement(By.id("contact-form:send")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("contact-form:subject-error")));
        assertThat(browser.findElement(By.id("contact-form:subject-error")).getText())
                .isEqualTo("Indiquez l’objet de votre message.");
        assertThat(browser.findElement(By.id("contact-form:message")).getAttribute("value"))
                .isEqualTo("Bonjour, Jules sera absent vendredi.");

        browser.findElement(By.id("contact-form:subject")).sendKeys("Absence de vendredi");
        WebElement send = browser.findElement(By.id("contact-form:send"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].click(); arguments[0].click();", send);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("contact-sent")));
        Chromium.screenshot(browser, "navigation-contact-sent");

        List<String> mails = family.collegeOutbox();
        assertThat(mails).as("one message and one copy, whatever the double click").hasSize(2);
        assertThat(mails.get(0)).startsWith(family.mailbox + "|" + family.familyEmail
                + "|[Scolarité services] Absence de vendredi|CONTACT_MESSAGE|")
                .contains("MME Sophie Bernard", "responsable de Jules Bernard", "Jules sera absent vendredi.");
        assertThat(mails.get(1)).startsWith(family.familyEmail + "|null|Copie de votre message : Absence de vendredi|"
                + "CONTACT_MESSAGE|").doesNotContain(family.mailbox);

        // The lycée has no active contact link: no form, the page says how to reach the school.
        switchTo("Alice");
        assertThat(browser.findElements(By.id("contact-form:subject"))).isEmpty();
        assertThat(browser.findElement(By.id("contact-inactive")).getText()).contains("ne reçoit pas de messages");
    }

    @Test
    @DisplayName("R-PORTAL-5, R-PORTAL-6, R-PORTAL-7: at phone width (390 px) the menu folds behind « Menu », opens with "
            + "the keyboard, and the home, the menu and the contact form fit the screen")
    void phone_layout() throws Exception {
        open(390, 844);
        login();
        switchTo("Jules");
        WebElement toggle = browser.findElement(By.id("nav-toggle"));
        assertThat(toggle.isDisplayed()).isTrue();
        assertThat(browser.findElement(By.id("nav-contact")).isDisplayed()).as("folded").isFalse();
        Chromium.screenshot(browser, "navigation-phone-home");
        assertNoHorizontalScroll();

        toggle.sendKeys(" ");   // the keyboard opens it (a real button)
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("nav-contact")));
        assertThat(toggle.getAttribute("aria-expanded")).isEqualTo("true");
        Chromium.screenshot(browser, "navigation-phone-menu");

        browser.findElement(By.id("nav-contact")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("contact-form:subject")));
        Chromium.screenshot(browser, "navigation-phone-contact");
        assertNoHorizontalScroll();
    }

    private void open(int width, int height) {
        browser = Chromium.start(width, height);
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    }

    private void login() {
        browser.get(DeployedEar.BASE_URL + "/login.xhtml");
        browser.findElement(By.id("login:username")).sendKeys(family.username);
        browser.findElement(By.id("login:password")).sendKeys(FamilyFixture.PASSWORD);
        browser.findElement(By.id("login:submit")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("switch-child")));
    }

    /** Chooses the child whose option starts with {@code firstName} and submits the switcher. */
    private void switchTo(String firstName) {
        Select select = new Select(browser.findElement(By.id("switch-child")));
        select.getOptions().stream().filter(o -> o.getText().startsWith(firstName)).findFirst().orElseThrow().click();
        WebElement old = browser.findElement(By.id("switch-child"));
        browser.findElement(By.id("switch-child-submit")).click();
        wait.until(ExpectedConditions.stalenessOf(old));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("switch-child")));
        assertThat(new Select(browser.findElement(By.id("switch-child"))).getFirstSelectedOption().getText())
                .startsWith(firstName);
    }

    private List<String> menuLabels() {
        return browser.findElements(By.cssSelector("#nav-items a")).stream()
                .map(a -> a.getAttribute("textContent").replace("(site de l’académie, s’ouvre dans un nouvel onglet)", "")
                        .strip())
                .toList();
    }

    private void assertNoHorizontalScroll() {
        Object overflow = ((JavascriptExecutor) browser).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertThat(((Number) overflow).intValue()).as("horizontal overflow in px").isLessThanOrEqualTo(0);
    }

    /** An HTTP client carrying the browser's portal session, not following redirections. */
    private HttpClient withSession() {
        String cookie = browser.manage().getCookieNamed("TSPORTAL").getValue();
        return HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .cookieHandler(new java.net.CookieManager() {
                    @Override
                    public java.util.Map<String, List<String>> get(URI uri, java.util.Map<String, List<String>> headers) {
                        return java.util.Map.of("Cookie", List.of("TSPORTAL=" + cookie));
                    }
                }).build();
    }
}

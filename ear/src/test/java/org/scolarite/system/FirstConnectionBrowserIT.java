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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
 * The first connection end to end (R-PORTAL-2, R-ACC-4, R-ACC-5): a pupil (wrong birth date first, then the right one)
 * reaches the home page, signs out and back in with his own password; a guardian activates with the e-mail the school
 * holds, is kept on « Vérification de votre adresse électronique », corrects the address, and the link read from the
 * outbox — only the one sent to the corrected address — makes the account « Utilisé ». Each test has a family of its
 * own ({@link SignInFixtures}). Screenshots: target/screenshots/first-connection-*.png.
 */
@ExtendWith({DeployedEar.class, ArquillianExtension.class})
@RunAsClient
class FirstConnectionBrowserIT {

    private static final Duration TIMEOUT = Duration.ofSeconds(20);
    private static final Pattern LINK = Pattern.compile("validation\\.xhtml\\?token=([A-Za-z0-9_-]+)");

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
    @DisplayName("R-ACC-4, R-PORTAL-2: a pupil's first connection: kept on the form, a wrong birth date refused next to "
            + "the field and in the history, then « Utilisé » and home; the optional e-mail gets its link; logout "
            + "invalidates the session; the new password signs in")
    void pupil_first_connection() throws Exception {
        SignInFixtures.Family family = SignInFixtures.family("Inès", "Nadia", LocalDate.of(2012, 3, 14));
        WebDriver browser = browser(1280, 900);
        WebDriverWait wait = new WebDriverWait(browser, TIMEOUT);
        SignInBrowserIT.signIn(browser, family.pupilUsername(), family.pupilPassword());
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("first-connection-title")));
        assertThat(browser.getCurrentUrl()).endsWith("/first-connection.xhtml");
        assertThat(browser.findElement(By.id("username")).getText()).isEqualTo(family.pupilUsername());
        assertThat(browser.findElement(By.id("form:password-rule")).getText())
                .contains("8 caractères minimum", "une lettre ET un chiffre", "16 caractères ou plus");
        assertThat(browser.findElements(By.cssSelector(".portal-nav")).stream().noneMatch(e -> e.isDisplayed()))
                .as("no menu before activation").isTrue();
        screenshot(browser, "first-connection-pupil-desktop");

        browser.get(DeployedEar.BASE_URL + "/index.xhtml");
        assertThat(browser.getCurrentUrl()).as("R-PORTAL-2: the gate keeps a « Notifié » account on its form")
                .endsWith("/first-connection.xhtml");

        String email = family.pupilUsername() + "@example.org";
        fill(browser, "13/03/2012", "Cahier2026", "Cahier2026", email, email);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("form:birthDate-error")));
        assertThat(browser.findElement(By.id("form:birthDate-error")).getText())
                .contains("La date de naissance saisie ne correspond pas à celle connue de l’établissement.");
        assertThat(browser.findElement(By.id("form:email")).getAttribute("value")).as("what was typed is kept")
                .isEqualTo(email);
        assertThat(browser.findElement(By.id("form:newPassword")).getAttribute("value")).as("not the passwords")
                .isEmpty();
        screenshot(browser, "first-connection-pupil-wrong-birth-date");
        assertThat(SignInFixtures.history(family.pupilUsername()))
                .isEqualTo("NOTIFIED:CREATED,NOTIFIED,BIRTH_DATE_REFUSED");

        fill(browser, "14/03/2012", "Cahier2026", "Cahier2027", null, null);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("form:confirmPassword-error")));
        assertThat(browser.findElement(By.id("form:confirmPassword-error")).getText())
                .contains("Les deux mots de passe saisis sont différents.");
        fill(browser, "14/03/2012", "court1", "court1", null, null);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("form:newPassword-error")));
        assertThat(browser.findElement(By.id("form:newPassword-error")).getText())
                .contains("au moins 8 caractères");

        fill(browser, "14/03/2012", "Cahier2026", "Cahier2026", null, null);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("hello")));
        assertThat(browser.getCurrentUrl()).endsWith("/index.xhtml");
        assertThat(browser.findElement(By.id("hello")).getText()).contains(family.pupilUsername());
        screenshot(browser, "first-connection-pupil-home");
        assertThat(SignInFixtures.history(family.pupilUsername())).startsWith("IN_USE:")
                .endsWith("BIRTH_DATE_REFUSED,ACTIVATED,VALIDATION_SENT");
        assertThat(SignInFixtures.latestMail(email)).as("R-ACC-4: the optional e-mail is validated by link")
                .contains("validation.xhtml?token=");

        String session = browser.manage().getCookieNamed("TSPORTAL").getValue();
        browser.findElement(By.id("logout:logoutButton")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("login:username")));
        HttpResponse<String> replay = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build()
                .send(HttpRequest.newBuilder(URI.create(DeployedEar.BASE_URL + "/index.xhtml"))
                        .header("Cookie", "TSPORTAL=" + session).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(replay.body()).as("logout invalidated the session").contains("login:username")
                .doesNotContain("id=\"hello\"");

        assertThat(SignInBrowserIT.text(HttpFacesIT.postLogin(HttpFacesIT.visitor(), "/login.xhtml",
                family.pupilUsername(), family.pupilPassword()))).as("the temporary password is spent")
                .contains("Identifiant ou mot de passe incorrect.");
        SignInBrowserIT.signIn(browser, family.pupilUsername(), "Cahier2026");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("hello")));
    }

    @Test
    @DisplayName("R-ACC-5, R-PORTAL-2: a guardian's first connection on a phone: e-mail pre-filled from the school file, "
            + "« En cours d'activation », nothing but the link page; corrected address, the old link refused, the new "
            + "one validates; then a normal sign-in reaches home")
    void guardian_first_connection() throws Exception {
        SignInFixtures.Family family = SignInFixtures.family("Léon", "Camille", LocalDate.of(2011, 11, 5));
        WebDriver browser = browser(390, 844);
        WebDriverWait wait = new WebDriverWait(browser, TIMEOUT);
        SignInBrowserIT.signIn(browser, family.guardianUsername(), family.guardianPassword());
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("first-connection-title")));
        assertThat(browser.findElement(By.id("form:email")).getAttribute("value")).isEqualTo(family.guardianEmail());
        assertThat(browser.findElement(By.id("form:confirmEmail")).getAttribute("value"))
                .isEqualTo(family.guardianEmail());
        assertThat(browser.findElement(By.cssSelector("label[for='form:birthDate']")).getText())
                .contains("Date de naissance de votre enfant");
        assertThat(browser.findElement(By.id("guardian-notice")).getText()).contains("lien de validation");
        screenshot(browser, "first-connection-guardian-phone");

        fill(browser, "05/11/2011", "Cantine2026", "Cantine2026", "", null);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("form:email-error")));
        assertThat(browser.findElement(By.id("form:email-error")).getText())
                .contains("L’adresse électronique est obligatoire.");
        screenshot(browser, "first-connection-guardian-phone-errors");

        fill(browser, "05/11/2011", "Cantine2026", "Cantine2026", family.guardianEmail(), family.guardianEmail());
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("pending-title")));
        assertThat(browser.getCurrentUrl()).contains("/activation-pending.xhtml");
        assertThat(browser.findElement(By.id("just-sent")).getText()).contains(family.guardianEmail());
        screenshot(browser, "first-connection-guardian-pending-phone");
        assertThat(SignInFixtures.history(family.guardianUsername())).startsWith("ACTIVATING:")
                .endsWith("ACTIVATED,VALIDATION_SENT");
        String firstLink = token(SignInFixtures.latestMail(family.guardianEmail()));

        browser.get(DeployedEar.BASE_URL + "/index.xhtml");
        assertThat(browser.getCurrentUrl()).as("R-ACC-5: no service before the validation")
                .endsWith("/activation-pending.xhtml");

        String corrected = "camille.corrigee." + family.guardianUsername() + "@example.org";
        browser.findElement(By.id("resend:email")).clear();
        browser.findElement(By.id("resend:email")).sendKeys(corrected);
        browser.findElement(By.id("resend:confirmEmail")).clear();
        browser.findElement(By.id("resend:confirmEmail")).sendKeys(corrected);
        browser.findElement(By.id("resend:submit")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#resend .messages"),
                "Un nouveau lien de validation a été envoyé à " + corrected));
        screenshot(browser, "first-connection-guardian-resent-phone");
        String secondLink = token(SignInFixtures.latestMail(corrected));
        assertThat(SignInBrowserIT.text(HttpFacesIT.postLogin(HttpFacesIT.visitor(), "/login.xhtml",
                family.guardianUsername(), "Cantine2026"))).as("R-ACC-5: signing in again before the validation leads "
                + "to the link page").contains("pending-title", corrected).doesNotContain("id=\"hello\"");

        browser.get(DeployedEar.BASE_URL + "/validation.xhtml?token=" + firstLink);
        assertThat(browser.findElements(By.id("validation-done"))).as("a link to the old address no longer works")
                .isEmpty();
        browser.get(DeployedEar.BASE_URL + "/validation.xhtml?token=" + secondLink);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("validation-done")));
        assertThat(SignInFixtures.history(family.guardianUsername())).startsWith("IN_USE:")
                .endsWith("EMAIL_CORRECTED,VALIDATION_SENT,EMAIL_VALIDATED");

        browser.get(DeployedEar.BASE_URL + "/index.xhtml");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("hello")));
        assertThat(browser.findElement(By.id("children")).getText()).contains("Léon");

        HttpClient other = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        assertThat(SignInBrowserIT.text(HttpFacesIT.postLogin(other, "/login.xhtml", family.guardianUsername(),
                "Cantine2026"))).as("a normal sign-in").contains("Bonjour " + family.guardianUsername());
    }

    /** Fills the first-connection form; a null value leaves the field as it is. */
    private static void fill(WebDriver browser, String birthDate, String password, String confirmation, String email,
                             String confirmEmail) {
        type(browser, "form:birthDate", birthDate);
        type(browser, "form:newPassword", password);
        type(browser, "form:confirmPassword", confirmation);
        type(browser, "form:email", email);
        type(browser, "form:confirmEmail", confirmEmail);
        WebElement submit = browser.findElement(By.id("form:submit"));
        submit.click();
        // The answer is a whole new page: wait until this one is gone, so that the next look is at the answer.
        new WebDriverWait(browser, TIMEOUT).until(ExpectedConditions.stalenessOf(submit));
    }

    private static void type(WebDriver browser, String id, String value) {
        if (value != null) {
            browser.findElement(By.id(id)).clear();
            browser.findElement(By.id(id)).sendKeys(value);
        }
    }

    private static String token(String mail) {
        Matcher matcher = LINK.matcher(mail);
        assertThat(matcher.find()).as("a validation link in " + mail).isTrue();
        return matcher.group(1);
    }

    private static void screenshot(WebDriver browser, String name) throws Exception {
        SignInBrowserIT.screenshot(browser, name);
    }

    private WebDriver browser(int width, int height) {
        WebDriver browser = SignInBrowserIT.start(width, height);
        browsers.add(browser);
        return browser;
    }
}

package org.scolarite.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.stream.Collectors;
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
 * « Inscription en ligne » (R-INSC-1) from step 1 to the receipt, in Chromium, on the navigation tests' own family
 * ({@link FamilyFixture}): Jules, in 3e at the fixture collège, is assigned to the fixture lycée; his mother reads the
 * assignment and the lycée's message, enrols him, chooses options (an incompatible pair and no LVB first: the French
 * reasons next to their groups, the ticks kept), gives a wrong e-mail (the reason next to the field, the typed value
 * kept), confirms, and downloads the PDF receipt. Screenshots land in target/screenshots.
 */
@ExtendWith({DeployedEar.class, ArquillianExtension.class})
@RunAsClient
class EnrolmentBrowserIT {

    @Deployment(testable = false, name = "fixture", order = 2)
    static WebArchive fixtureWar() {
        return FamilyFixture.war();
    }

    private FamilyFixture family;
    private WebDriver browser;

    @BeforeEach
    void create() throws Exception {
        family = FamilyFixture.create();
        family.assignJules(LocalDate.now().plusDays(10));
    }

    @AfterEach
    void delete() throws Exception {
        if (browser != null) {
            browser.quit();
        }
        family.delete();
    }

    @Test
    @DisplayName("R-INSC-1: a guardian enrols her child from step 1/4 to the confirmation and the PDF receipt")
    void enrolFromStepOneToTheReceipt() throws Exception {
        browser = Chromium.start(1280, 1000);
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        browser.get(DeployedEar.BASE_URL + "/login.xhtml");
        browser.findElement(By.id("login:username")).sendKeys(family.username);
        browser.findElement(By.id("login:password")).sendKeys(FamilyFixture.PASSWORD);
        browser.findElement(By.id("login:submit")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("content")));
        browser.get(DeployedEar.BASE_URL + "/index.xhtml?enfant=" + family.julesId);
        browser.findElement(By.linkText("Inscription en ligne")).click();

        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("step1-title")));
        assertThat(browser.findElement(By.id("lycee")).getText()).contains("Lycée Victor Grignard");
        assertThat(browser.findElement(By.id("lycee-message")).getText()).isEqualTo("Bienvenue au lycée Victor Grignard.");
        assertThat(browser.findElement(By.id("track")).getText()).isNotBlank();
        Chromium.screenshot(browser, "enrolment-step1");
        browser.findElement(By.id("enrolment-form:enrol")).click();

        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("step2-title")));
        browser.findElement(By.id("optional-THEAT")).click();
        browser.findElement(By.id("optional-SECTSP")).click();
        browser.findElement(By.id("enrolment-form:save-choices")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("lvb-error"), "Choisissez une langue vivante B."));
        assertThat(browser.findElement(By.id("optional-error")).getText()).contains("Choisissez au plus 1 enseignement "
                + "optionnel.", "« Section sportive » et « Théâtre » ne peuvent pas être choisis ensemble.");
        assertThat(browser.findElement(By.id("optional-THEAT")).isSelected()).as("typed value kept").isTrue();
        Chromium.screenshot(browser, "enrolment-step2-errors");
        browser.findElement(By.id("optional-SECTSP")).click();
        browser.findElement(By.id("optional-THEAT")).click();
        browser.findElement(By.id("lvb-ESP2")).click();
        browser.findElement(By.id("optional-LATIN")).click();
        browser.findElement(By.id("enrolment-form:save-choices")).click();

        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("step3-title")));
        browser.findElement(By.id("enrolment-form:mobilePhone")).clear();
        browser.findElement(By.id("enrolment-form:mobilePhone")).sendKeys("06 12 34 56 78");
        browser.findElement(By.id("enrolment-form:email")).clear();
        // type="email" would stop the browser before the server: the server's own check is what is tested
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                "document.getElementById('enrolment-form:email').type = 'text'");
        browser.findElement(By.id("enrolment-form:email")).sendKeys("sophie.bernard@");
        browser.findElement(By.id("enrolment-form:addressConfirmed")).click();
        browser.findElement(By.id("enrolment-form:save-data")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("enrolment-form:email-error"),
                "Adresse électronique invalide"));
        assertThat(browser.findElement(By.id("enrolment-form:email")).getAttribute("value")).isEqualTo("sophie.bernard@");
        // an e-mail field gives WebDriver no caret to append at: the address is typed again
        browser.findElement(By.id("enrolment-form:email")).clear();
        browser.findElement(By.id("enrolment-form:email")).sendKeys("sophie.bernard@example.org");
        browser.findElement(By.id("enrolment-form:save-data")).click();

        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("step4-title")));
        assertThat(browser.findElement(By.id("summary-choices")).getText()).isEqualTo("Espagnol, Latin");
        assertThat(browser.findElement(By.id("summary-email")).getText()).isEqualTo("sophie.bernard@example.org");
        browser.findElement(By.id("enrolment-form:confirm")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("enrolment-form:confirmed")));
        Chromium.screenshot(browser, "enrolment-step4-confirmed");
        assertThat(family.julesEnrolments()).containsExactly("CONFIRMED|ESP2,LATIN");

        String receipt = browser.findElement(By.id("receipt")).getAttribute("href");
        String cookies = browser.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
        HttpResponse<byte[]> pdf = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(receipt))
                .header("Cookie", cookies).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/pdf"));
        assertThat(new String(pdf.body(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    }
}

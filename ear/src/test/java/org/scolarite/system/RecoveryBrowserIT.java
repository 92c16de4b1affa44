package org.scolarite.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scolarite.system.FamilyFixtures.screenshot;
import static org.scolarite.system.FamilyFixtures.text;
import static org.scolarite.system.FamilyFixtures.waitFor;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/**
 * Self-service recovery in Debian's headless Chromium (R-PORTAL-3), on accounts made for the test: « mot de passe
 * oublié » → the link read in the console's demo mailbox → a new password chosen twice → login with it, and the spent
 * link explained; « identifiant oublié » → the identifier in the mailbox, with the same answer for an unknown address;
 * a forged link. Desktop and phone (390 px) screenshots: target/screenshots (recovery-*.png).
 */
@ExtendWith(DeployedEar.class)
class RecoveryBrowserIT {

    private final List<WebDriver> browsers = new ArrayList<>();

    @AfterEach
    void closeBrowsers() {
        browsers.forEach(WebDriver::quit);
    }

    @Test
    @DisplayName("R-PORTAL-3: forgotten password → link from the outbox → new password twice (rule shown, errors next to the field) → login with it; the spent link explains and offers a new one")
    void forgotten_password_journey() throws Exception {
        String email = FamilyFixtures.uniqueEmail("agathe");
        String username = FamilyFixtures.account("GUARDIAN", email, true);
        WebDriver browser = browser(1280, 900);

        browser.get(DeployedEar.BASE_URL + "/forgotten-password.xhtml");
        waitFor(browser, "forgotten:username");
        assertThat(text(browser, "recovery-title")).isEqualTo("Mot de passe oublié");
        screenshot(browser, "recovery-password-form");
        browser.findElement(By.id("forgotten:send")).click();
        assertThat(FamilyFixtures.message(browser, "forgotten:username-error")).contains("Indiquez votre identifiant");
        browser.findElement(By.id("forgotten:username")).sendKeys(username);
        browser.findElement(By.id("forgotten:send")).click();
        String answer = waitFor(browser, "recovery-answer").getText();
        assertThat(answer).contains("Si cet identifiant correspond à un compte dont l’adresse électronique est validée");
        screenshot(browser, "recovery-password-answer");

        WebDriver admin = FamilyFixtures.mailboxReader(browsers);
        String link = FamilyFixtures.link(FamilyFixtures.mail(admin, email, "Choisissez un nouveau mot de passe"),
                "reset-password.xhtml");

        browser.get(link);
        waitFor(browser, "reset:password");
        assertThat(text(browser, "password-rule")).contains("au moins 8 caractères", "une lettre et un chiffre");
        assertThat(browser.findElement(By.cssSelector(".page-intro")).getText()).contains(username);
        browser.findElement(By.id("reset:password")).sendKeys("Nouveau-cartable-7");
        browser.findElement(By.id("reset:confirmation")).sendKeys("Nouveau-cartable-8");
        browser.findElement(By.id("reset:save")).click();
        assertThat(FamilyFixtures.message(browser, "reset:confirmation-error")).contains("ne sont pas identiques");
        browser.findElement(By.id("reset:password")).sendKeys("court");
        browser.findElement(By.id("reset:confirmation")).sendKeys("court");
        browser.findElement(By.id("reset:save")).click();
        assertThat(FamilyFixtures.message(browser, "reset:password-error")).contains("au moins 8 caractères");
        screenshot(browser, "recovery-reset-error");
        browser.findElement(By.id("reset:password")).sendKeys("Nouveau-cartable-7");
        browser.findElement(By.id("reset:confirmation")).sendKeys("Nouveau-cartable-7");
        browser.findElement(By.id("reset:save")).click();
        assertThat(waitFor(browser, "reset-done").getText()).contains("Mot de passe modifié", username);
        screenshot(browser, "recovery-reset-done");

        browser.get(link);
        assertThat(waitFor(browser, "reset-refused").getText()).contains("Lien non valable", "déjà servi",
                "une semaine");
        assertThat(browser.findElement(By.id("ask-again")).getAttribute("href")).contains("forgotten-password.xhtml");
        screenshot(browser, "recovery-reset-spent");

        FamilyFixtures.portalLogin(browser, username, "Nouveau-cartable-7");
        assertThat(browser.getCurrentUrl()).doesNotContain("login.xhtml");
    }

    @Test
    @DisplayName("R-PORTAL-3: forgotten identifier at phone width: the identifier reaches the validated address; an unknown address gets the very same answer and no e-mail")
    void forgotten_username_on_a_phone() throws Exception {
        String email = FamilyFixtures.uniqueEmail("agathe");
        String username = FamilyFixtures.account("GUARDIAN", email, true);
        WebDriver phone = FamilyFixtures.phone(browsers);

        phone.get(DeployedEar.BASE_URL + "/forgotten-username.xhtml");
        waitFor(phone, "forgotten:email").sendKeys("pas-une-adresse");
        phone.findElement(By.id("forgotten:send")).click();
        assertThat(FamilyFixtures.message(phone, "forgotten:email-error")).contains("n’est pas valide");
        assertThat(phone.findElement(By.id("forgotten:email")).getAttribute("value"))
                .as("what was typed is kept").isEqualTo("pas-une-adresse");
        screenshot(phone, "recovery-username-error-phone");
        phone.findElement(By.id("forgotten:email")).clear();
        phone.findElement(By.id("forgotten:email")).sendKeys(email.toUpperCase());
        phone.findElement(By.id("forgotten:send")).click();
        String known = waitFor(phone, "recovery-answer").getText();
        screenshot(phone, "recovery-username-answer-phone");

        String unknownEmail = FamilyFixtures.uniqueEmail("personne");
        phone.get(DeployedEar.BASE_URL + "/forgotten-username.xhtml");
        waitFor(phone, "forgotten:email").sendKeys(unknownEmail);
        phone.findElement(By.id("forgotten:send")).click();
        assertThat(waitFor(phone, "recovery-answer").getText()).as("no enumeration").isEqualTo(known);

        WebDriver admin = FamilyFixtures.mailboxReader(browsers);
        String reminder = FamilyFixtures.mail(admin, email, "Votre identifiant");
        assertThat(reminder).contains(username);
        assertThat(FamilyFixtures.mails(admin, unknownEmail, "Votre identifiant")).isEmpty();

        phone.get(DeployedEar.BASE_URL + "/forgotten-password.xhtml");
        waitFor(phone, "forgotten:username");
        screenshot(phone, "recovery-password-form-phone");
    }

    @Test
    @DisplayName("R-PORTAL-3: a forged reset link (and one without token) gives the page that explains and offers a new link, on a phone")
    void forged_link() throws Exception {
        WebDriver phone = FamilyFixtures.phone(browsers);
        phone.get(DeployedEar.BASE_URL + "/reset-password.xhtml?token=fabrique-de-toutes-pieces");
        assertThat(waitFor(phone, "refusal").getText()).contains("Ce lien n’est pas valide");
        assertThat(phone.findElements(By.id("reset:password"))).isEmpty();
        screenshot(phone, "recovery-reset-forged-phone");
        phone.findElement(By.id("ask-again")).click();
        waitFor(phone, "forgotten:username");

        phone.get(DeployedEar.BASE_URL + "/reset-password.xhtml");
        assertThat(waitFor(phone, "refusal").getText()).contains("Ce lien n’est pas valide");
    }

    private WebDriver browser(int width, int height) {
        WebDriver browser = Chromium.start(width, height);
        browsers.add(browser);
        return browser;
    }
}

package org.scolarite.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scolarite.system.FamilyFixtures.PASSWORD;
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
 * « Mon compte > Profil » in Debian's headless Chromium (R-PORTAL-4), on accounts made for the test: a guardian changes
 * his address (a wrong current password says only that; the notice reaches the old address, the link the new one; once
 * followed the profile shows the new address); a pupil changes his password on a phone and signs in with it; a pupil
 * whose address is not validated resends the validation e-mail and validates it. Desktop and phone (390 px)
 * screenshots: target/screenshots (profile-*.png).
 */
@ExtendWith(DeployedEar.class)
class ProfileBrowserIT {

    private final List<WebDriver> browsers = new ArrayList<>();

    @AfterEach
    void closeBrowsers() {
        browsers.forEach(WebDriver::quit);
    }

    @Test
    @DisplayName("R-PORTAL-4: e-mail change with the current password → notice to the old address, link to the new one → validated → the profile shows the new address")
    void change_email() throws Exception {
        String oldEmail = FamilyFixtures.uniqueEmail("agathe");
        String newEmail = FamilyFixtures.uniqueEmail("agathe.nouvelle");
        String username = FamilyFixtures.account("GUARDIAN", oldEmail, true);
        WebDriver browser = browser(1280, 900);
        FamilyFixtures.portalLogin(browser, username, PASSWORD);

        browser.get(DeployedEar.BASE_URL + "/account/profile.xhtml");
        waitFor(browser, "profile-username");
        assertThat(text(browser, "profile-username")).isEqualTo(username);
        assertThat(text(browser, "profile-email")).contains(oldEmail, "validée").doesNotContain("non validée");
        assertThat(browser.findElement(By.id("tab-profile")).getAttribute("aria-current")).isEqualTo("page");
        screenshot(browser, "profile-desktop");

        browser.findElement(By.id("email:newEmail")).sendKeys(newEmail);
        browser.findElement(By.id("email:newEmailConfirmation")).sendKeys(newEmail);
        browser.findElement(By.id("email:emailPassword")).sendKeys("Mauvais-mot-1");
        browser.findElement(By.id("email:changeEmail")).click();
        assertThat(FamilyFixtures.message(browser, "email:emailPassword-error"))
                .isEqualTo("Mot de passe actuel incorrect.");
        assertThat(browser.findElement(By.id("email:newEmail")).getAttribute("value"))
                .as("what was typed is kept, except the password").isEqualTo(newEmail);
        assertThat(browser.findElement(By.id("email:emailPassword")).getAttribute("value")).isEmpty();
        screenshot(browser, "profile-wrong-password");

        browser.findElement(By.id("email:emailPassword")).sendKeys(PASSWORD);
        browser.findElement(By.id("email:changeEmail")).click();
        assertThat(waitFor(browser, "profile-done").getText()).contains("Un lien de validation a été envoyé à " + newEmail);
        assertThat(text(browser, "profile-email")).as("effective only after validation").contains(oldEmail);
        assertThat(text(browser, "profile-pending")).contains(newEmail, "en attente de validation");
        screenshot(browser, "profile-email-asked");

        WebDriver admin = FamilyFixtures.mailboxReader(browsers);
        String notice = FamilyFixtures.mail(admin, oldEmail, "Demande de changement");
        assertThat(notice).contains(username).doesNotContain("token=");
        String link = FamilyFixtures.link(FamilyFixtures.mail(admin, newEmail, "Confirmez votre nouvelle adresse"),
                "validation.xhtml");

        browser.get(link);
        assertThat(waitFor(browser, "validation-message").getText()).contains(newEmail, username);
        assertThat(text(browser, "validation-title")).contains("Nouvelle adresse électronique validée");
        screenshot(browser, "profile-email-validated");
        browser.findElement(By.id("to-profile")).click();
        waitFor(browser, "profile-email");
        assertThat(text(browser, "profile-email")).contains(newEmail, "validée").doesNotContain(oldEmail);
        assertThat(browser.findElements(By.id("profile-pending"))).isEmpty();

        browser.get(link);
        assertThat(waitFor(browser, "refusal").getText()).contains("Ce lien n’est pas valide");
        assertThat(text(browser, "validation-next")).contains("Mon compte");
        screenshot(browser, "profile-email-link-spent");
    }

    @Test
    @DisplayName("R-PORTAL-4: a pupil changes his password on a phone (current one required, new one twice, rule shown), then signs in with it")
    void change_password_on_a_phone() throws Exception {
        String username = FamilyFixtures.account("STUDENT", null, false);
        WebDriver phone = FamilyFixtures.phone(browsers);
        FamilyFixtures.portalLogin(phone, username, PASSWORD);

        phone.get(DeployedEar.BASE_URL + "/account/profile.xhtml");
        waitFor(phone, "profile-username");
        assertThat(text(phone, "profile-email")).contains("Aucune adresse électronique");
        assertThat(text(phone, "email-title")).isEqualTo("Ajouter une adresse électronique");
        assertThat(phone.findElements(By.id("tab-children"))).as("pupils have no « Enfants » tab").isEmpty();
        screenshot(phone, "profile-phone");

        phone.findElement(By.id("password:currentPassword")).sendKeys(PASSWORD);
        phone.findElement(By.id("password:newPassword")).sendKeys("Nouveau-cahier-9");
        phone.findElement(By.id("password:newPasswordConfirmation")).sendKeys("Nouveau-cahier-0");
        phone.findElement(By.id("password:changePassword")).click();
        assertThat(FamilyFixtures.message(phone, "password:newPasswordConfirmation-error")).contains("ne sont pas identiques");
        screenshot(phone, "profile-password-error-phone");

        phone.findElement(By.id("password:currentPassword")).sendKeys(PASSWORD);
        phone.findElement(By.id("password:newPassword")).sendKeys("Nouveau-cahier-9");
        phone.findElement(By.id("password:newPasswordConfirmation")).sendKeys("Nouveau-cahier-9");
        phone.findElement(By.id("password:changePassword")).click();
        assertThat(waitFor(phone, "profile-done").getText()).contains("Votre mot de passe est modifié");
        screenshot(phone, "profile-password-changed-phone");

        phone.findElement(By.id("logout:logoutButton")).click();
        waitFor(phone, "login:username");
        FamilyFixtures.portalLogin(phone, username, "Nouveau-cahier-9");
        assertThat(phone.getCurrentUrl()).doesNotContain("login.xhtml");
    }

    @Test
    @DisplayName("R-PORTAL-4: « renvoyer le courriel de validation » while the pupil's address is « non validée »; the link validates it")
    void resend_validation() throws Exception {
        String email = FamilyFixtures.uniqueEmail("jules");
        String username = FamilyFixtures.account("STUDENT", email, false);
        WebDriver phone = FamilyFixtures.phone(browsers);
        FamilyFixtures.portalLogin(phone, username, PASSWORD);

        phone.get(DeployedEar.BASE_URL + "/account/profile.xhtml");
        assertThat(waitFor(phone, "email-status").getText()).isEqualTo("non validée");
        phone.findElement(By.id("resend:resendValidation")).click();
        assertThat(waitFor(phone, "profile-done").getText()).contains("Un nouveau lien de validation a été envoyé à "
                + email);
        screenshot(phone, "profile-resend-phone");

        WebDriver admin = FamilyFixtures.mailboxReader(browsers);
        phone.get(FamilyFixtures.link(FamilyFixtures.mail(admin, email, "Validez votre adresse"), "validation.xhtml"));
        assertThat(waitFor(phone, "validation-message").getText()).contains(email, "validée");
        screenshot(phone, "profile-validated-phone");
        phone.get(DeployedEar.BASE_URL + "/account/profile.xhtml");
        assertThat(waitFor(phone, "email-status").getText()).isEqualTo("validée");
        assertThat(phone.findElements(By.id("resend:resendValidation"))).isEmpty();
    }

    private WebDriver browser(int width, int height) {
        WebDriver browser = Chromium.start(width, height);
        browsers.add(browser);
        return browser;
    }
}

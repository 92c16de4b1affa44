package org.scolarite.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scolarite.system.FamilyFixtures.screenshot;

import java.util.ArrayList;
import java.util.List;
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
 * « Fiche de renseignements » (R-FICHE-1), the journey: a guardian of a family of its own (test hook, at the
 * demo collège) types a wrong phone number (message next to the field, typed value kept), then a right one; the
 * change is pending; the collège's head accepts it in the console; the guardian's sheet shows the new number and the
 * confirmation e-mail is in the outbox. Screenshots: target/screenshots (infosheet-*.png).
 */
@ExtendWith(DeployedEar.class)
class InfoSheetBrowserIT {

    private final List<WebDriver> browsers = new ArrayList<>();

    @AfterEach
    void quit() {
        browsers.forEach(WebDriver::quit);
    }

    @Test
    @DisplayName("R-FICHE-1, R-MAIL-1: a guardian changes his phone, the school accepts it, the e-mail is in the outbox")
    void phoneChangeAccepted() throws Exception {
        String email = FamilyFixtures.uniqueEmail("fiche");
        String username = FamilyFixtures.account("GUARDIAN", email, true);
        WebDriver family = Chromium.start(1280, 1000);
        browsers.add(family);
        FamilyFixtures.portalLogin(family, username, FamilyFixtures.PASSWORD);
        family.findElement(By.linkText("Fiche de renseignements")).click();
        FamilyFixtures.waitFor(family, "sheet-title");
        assertThat(FamilyFixtures.text(family, "sheet-address")).contains("Identique à celle du responsable légal 1",
                "veuillez prendre contact avec l’établissement");
        assertThat(family.findElements(By.name("champ_REGIME"))).isEmpty();
        screenshot(family, "infosheet-pupil");

        family.findElement(By.id("tab-guardian")).click();
        WebElement phone = FamilyFixtures.waitFor(family, "champ_GUARDIAN_HOME_PHONE");
        phone.clear();
        phone.sendKeys("02 31 45");
        family.findElement(By.id("fiche:save")).click();
        assertThat(FamilyFixtures.message(family, "error-GUARDIAN_HOME_PHONE"))
                .startsWith("Saisissez un numéro à 10 chiffres");
        assertThat(family.findElement(By.id("champ_GUARDIAN_HOME_PHONE")).getAttribute("value")).isEqualTo("02 31 45");
        screenshot(family, "infosheet-error");

        phone = family.findElement(By.id("champ_GUARDIAN_HOME_PHONE"));
        phone.clear();
        phone.sendKeys("02 31 45 67 89");
        family.findElement(By.id("fiche:save")).click();
        FamilyFixtures.waitFor(family, "sheet-sent");
        assertThat(FamilyFixtures.text(family, "pending-GUARDIAN_HOME_PHONE"))
                .isEqualTo("En attente de validation par l’établissement");
        screenshot(family, "infosheet-pending");

        WebDriver admin = FamilyFixtures.mailboxReader(browsers);
        admin.get(DeployedEar.BASE_URL + "/admin/infosheet/requests.xhtml");
        WebDriverWait wait = new WebDriverWait(admin, FamilyFixtures.TIMEOUT);
        By line = By.xpath("//tr[contains(@class,'change-row')][.//strong[normalize-space()='0231456789']]");
        WebElement row = wait.until(ExpectedConditions.presenceOfElementLocated(line));
        assertThat(row.getText()).contains("Téléphone domicile", "Agathe");
        screenshot(admin, "infosheet-console");
        row.findElement(By.xpath(".//button[contains(@id,'accept')]")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(line));
        assertThat(admin.findElement(By.id("requests:messages")).getText()).contains("Modification acceptée");

        String mail = FamilyFixtures.mail(admin, email, "Fiche de renseignements : modification acceptée");
        assertThat(mail).contains("Téléphone domicile", "0231456789");

        family.navigate().refresh();
        FamilyFixtures.waitFor(family, "champ_GUARDIAN_HOME_PHONE");
        assertThat(family.findElement(By.id("champ_GUARDIAN_HOME_PHONE")).getAttribute("value"))
                .isEqualTo("02 31 45 67 89");
        assertThat(family.findElements(By.id("pending-GUARDIAN_HOME_PHONE"))).isEmpty();
    }
}

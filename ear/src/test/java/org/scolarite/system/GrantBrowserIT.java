package org.scolarite.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * « Bourse de collège » end to end on the demo data (R-BOURSE-1/2, issue [P3] « Done when »): Claire Durand applies for
 * Léa (the demo leaves Léa without an application), first with mistakes — kept as typed, explained in French next to
 * each field — then as a draft she resumes, then submits; the collège's head puts it « en instruction » and grants it
 * in the console; Claire sees « Accordée », and the decision e-mail is in the collège's outbox. Screenshots land in
 * target/screenshots (grant-*.png).
 */
@ExtendWith(DeployedEar.class)
class GrantBrowserIT {

    private static final Duration TIMEOUT = Duration.ofSeconds(20);
    private static final String PASSWORD = "Demo-2026";

    private WebDriver guardian;
    private WebDriver head;

    @AfterEach
    void quit() {
        for (WebDriver browser : new WebDriver[] {guardian, head}) {
            if (browser != null) {
                browser.quit();
            }
        }
    }

    @Test
    @DisplayName("R-BOURSE-2: the guardian fills, saves and submits; the school reviews then grants; the guardian sees "
            + "« Accordée » and the decision e-mail is in the outbox (R-MAIL-1); R-BOURSE-1: « Nous contacter »")
    void submitted_then_granted() throws Exception {
        guardian = Chromium.start(1280, 1000);
        WebDriverWait wait = new WebDriverWait(guardian, TIMEOUT);
        guardian.get(DeployedEar.BASE_URL + "/login.xhtml");
        guardian.findElement(By.id("login:username")).sendKeys("claire.durand");
        guardian.findElement(By.id("login:password")).sendKeys(PASSWORD);
        guardian.findElement(By.id("login:submit")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("content")));
        guardian.findElement(By.linkText("Bourse de collège")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("grant-form")));
        assertThat(guardian.findElement(By.id("grant-title")).getText()).contains("Léa Durand");

        // Wrong values: refused next to their fields, in French, and kept as typed.
        type("grant-form:firstGuardian", "Claire Durand");
        type("grant-form:referenceIncome", "-250");
        type("grant-form:childrenInCharge", "0");
        guardian.findElement(By.id("grant-form:submit")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("grant-form:referenceIncome-error")));
        assertThat(guardian.findElement(By.id("grant-form:referenceIncome-error")).getText())
                .contains("ne peut pas être négatif");
        assertThat(guardian.findElement(By.id("grant-form:childrenInCharge-error")).getText()).contains("au moins 1");
        assertThat(guardian.findElement(By.id("grant-form:certified-error")).getText()).contains("certifier");
        assertThat(guardian.findElement(By.id("grant-form:referenceIncome")).getAttribute("value")).isEqualTo("-250");
        assertThat(guardian.findElement(By.id("grant-form:firstGuardian")).getAttribute("value"))
                .isEqualTo("Claire Durand");
        Chromium.screenshot(guardian, "grant-errors");

        // A draft, resumed later (a new visit of the page).
        guardian.findElement(By.id("grant-form:household:0")).click();
        type("grant-form:secondGuardian", "Marc Durand");
        type("grant-form:referenceIncome", "18 450,50");
        type("grant-form:childrenInCharge", "2");
        guardian.findElement(By.id("grant-form:saveDraft")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("grant-done")));
        guardian.get(DeployedEar.BASE_URL + "/bourse-college.xhtml");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("grant-draft")));
        assertThat(guardian.findElement(By.id("grant-form:referenceIncome")).getAttribute("value"))
                .isEqualTo("18450,50");
        guardian.findElement(By.id("grant-form:certified")).click();
        guardian.findElement(By.id("grant-form:submit")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("grant-status")));
        assertThat(guardian.findElement(By.id("grant-state")).getText()).isEqualTo("Déposée");
        assertThat(guardian.findElements(By.id("grant-form"))).as("no longer editable").isEmpty();
        assertThat(guardian.findElement(By.id("grant-income")).getText()).contains("18", "450,50");
        Chromium.screenshot(guardian, "grant-submitted");

        // The school: « Mettre en instruction », then « Accorder » after confirmation.
        head = Chromium.start(1400, 1000);
        WebDriverWait headWait = new WebDriverWait(head, TIMEOUT);
        head.get(DeployedEar.BASE_URL + "/admin/");
        head.findElement(By.id("login:username")).sendKeys("principal.college");
        head.findElement(By.cssSelector("#login input[type=password]")).sendKeys(PASSWORD);
        head.findElement(By.id("login:submit")).click();
        headWait.until(ExpectedConditions.presenceOfElementLocated(By.id("logout")));
        head.findElement(By.id("menu-grant-applications")).click();
        headWait.until(ExpectedConditions.presenceOfElementLocated(By.id("grants:table")));
        By leaRow = By.xpath("//tr[td//span[@class='grant-pupil' and text()='Durand Léa']]");
        assertThat(head.findElement(leaRow).getText()).contains("6F", "Déposée", "Claire Durand / Marc Durand");
        head.findElement(leaRow).findElement(By.cssSelector("button[id$=':review']")).click();
        headWait.until(ExpectedConditions.textToBePresentInElementLocated(leaRow, "En instruction"));
        head.findElement(leaRow).findElement(By.cssSelector("button[id$=':grant']")).click();
        headWait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ui-confirm-dialog")));
        assertThat(head.findElement(By.cssSelector(".ui-confirm-dialog")).getText()).contains("Durand Léa");
        head.findElement(By.id("grants:confirmYes")).click();
        headWait.until(ExpectedConditions.textToBePresentInElementLocated(leaRow, "Accordée"));
        assertThat(head.findElement(By.id("grants:messages")).getText()).contains("un courriel informe la famille");
        Chromium.screenshot(head, "grant-console-granted");

        // The decision e-mail, queued with the decision, shows in « Envois de courriels ».
        head.findElement(By.id("menu-outbox")).click();
        headWait.until(ExpectedConditions.presenceOfElementLocated(By.id("outbox:table")));
        assertThat(head.findElement(By.id("outbox:table")).getText())
                .contains("Votre demande de bourse de collège a été accordée");

        // The guardian sees the decision.
        guardian.get(DeployedEar.BASE_URL + "/bourse-college.xhtml");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("grant-status")));
        assertThat(guardian.findElement(By.id("grant-state")).getText()).isEqualTo("Accordée");
        assertThat(guardian.findElement(By.id("grant-help")).getText()).contains("La bourse est accordée");
        Chromium.screenshot(guardian, "grant-granted");

        // R-BOURSE-1: the demo collège set its grant contact, hence the « Nous contacter » tab.
        guardian.findElement(By.id("tab-contact")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("grant-mailbox")));
        assertThat(guardian.findElement(By.id("grant-mailbox")).getAttribute("href")).startsWith("mailto:intendance.");
    }

    private void type(String id, String text) {
        var field = guardian.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }
}

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
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * « Vie scolaire » in Chromium on the demo data (R-VS-1): the guardian on a desktop chooses the whole year from the
 * menu's page, the pupil reads it at phone width (events as cards), the lycée's family is refused. Screenshots in
 * target/screenshots.
 */
@ExtendWith(DeployedEar.class)
class SchoolLifeBrowserIT {

    private WebDriver browser;
    private WebDriverWait wait;

    @AfterEach
    void quit() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    @DisplayName("R-VS-1: the guardian opens « Vie scolaire » from the menu on the current period, chooses the whole "
            + "year: weekly half-days, events by kind, the office's contact")
    void guardianDesktop() throws Exception {
        open(1280, 900);
        login("claire.durand");
        browser.findElement(By.id("nav-SCHOOL_LIFE")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("vs-title")));
        assertThat(new Select(browser.findElement(By.id("selection"))).getFirstSelectedOption().getText())
                .as("the current period by default").endsWith("trimestre");

        new Select(browser.findElement(By.id("selection"))).selectByVisibleText("Toute l’année");
        wait.until(ExpectedConditions.urlContains("selection=annee"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("vs-weeks")));

        assertThat(browser.findElement(By.id("vs-range-shown")).getText()).startsWith("Du ").contains("1 sept.");
        assertThat(Integer.parseInt(browser.findElement(By.id("vs-total")).getText())).isPositive();
        assertThat(browser.findElements(By.cssSelector("#vs-weeks li"))).hasSizeGreaterThan(1);
        assertThat(browser.findElement(By.id("vs-sanctions")).getText()).contains("Avertissement")
                .doesNotContain("Blâme");
        assertThat(browser.findElement(By.id("vs-contact-mail")).getAttribute("href"))
                .isEqualTo("mailto:vie-scolaire.0140070a@ac-normandie.fr");
        Chromium.screenshot(browser, "school-life-guardian-desktop");
    }

    @Test
    @DisplayName("R-VS-1, R-PORTAL-1: the pupil reads his school life at phone width: events as labelled cards, no "
            + "horizontal scrolling")
    void pupilPhone() throws Exception {
        open(375, 800);
        login("lea.durand");
        browser.get(DeployedEar.BASE_URL + "/vie-scolaire.xhtml?selection=annee");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("vs-absences")));

        assertThat(browser.findElement(By.cssSelector("#vs-punishments td[data-label='Motif']")).getText())
                .isNotBlank();
        Object overflow = ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                "return document.documentElement.scrollWidth > window.innerWidth");
        assertThat(overflow).isEqualTo(false);
        Chromium.screenshot(browser, "school-life-pupil-phone");
    }

    @Test
    @DisplayName("R-SVC-3: Hugo's lycée does without the school-life module: no menu entry, the page is refused in French")
    void refusedWithoutModule() throws Exception {
        open(1280, 900);
        login("claire.durand1");
        assertThat(browser.findElements(By.id("nav-SCHOOL_LIFE"))).isEmpty();
        browser.get(DeployedEar.BASE_URL + "/vie-scolaire.xhtml");
        assertThat(browser.findElement(By.tagName("body")).getText()).contains("Accès refusé",
                "Ce service n’est pas ouvert pour cet enfant");
        Chromium.screenshot(browser, "school-life-refused");
    }

    private void open(int width, int height) {
        browser = Chromium.start(width, height);
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    }

    private void login(String username) {
        browser.get(DeployedEar.BASE_URL + "/login.xhtml");
        browser.findElement(By.id("login:username")).sendKeys(username);
        browser.findElement(By.id("login:password")).sendKeys("Demo-2026");
        browser.findElement(By.id("login:submit")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("nav-home")));
    }
}

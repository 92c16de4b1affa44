package org.scolarite.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The report books in Chromium on the demo family (R-LSU-1, R-LSL-1): the guardian's « Livret scolaire » of Léa on a
 * desktop with its PDF link, then the refusal of a book her collège does not offer; Léa herself on a phone, and
 * Hugo's « Livret scolaire du lycée » (his mother's account), empty in Seconde. Screenshots in target/screenshots.
 */
@ExtendWith(DeployedEar.class)
class ReportBooksBrowserIT {

    private final List<WebDriver> browsers = new ArrayList<>();

    @AfterEach
    void quit() {
        browsers.forEach(WebDriver::quit);
    }

    @Test
    @DisplayName("R-LSU-1: the guardian reads the periodic report (subjects, positioning, appreciations) and the "
            + "end-of-cycle assessment with the eight components, and finds the PDF; the LSL is refused at a collège")
    void guardianDesktop() throws Exception {
        WebDriver browser = Chromium.start(1280, 900);
        browsers.add(browser);
        FamilyFixtures.portalLogin(browser, "claire.durand", "Demo-2026");
        browser.findElement(By.id("nav-LSU")).click();
        WebDriverWait wait = new WebDriverWait(browser, FamilyFixtures.TIMEOUT);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("lsu-title")));

        assertThat(browser.findElement(By.id("report-title-0")).getText())
                .isEqualTo("Bilan périodique — 1er trimestre " + yearLabel());
        assertThat(browser.findElements(By.cssSelector("#report-0 .subject-entry"))).hasSizeGreaterThanOrEqualTo(7);
        assertThat(browser.findElements(By.cssSelector("#report-0 .scale-on"))).hasSizeGreaterThanOrEqualTo(7);
        assertThat(browser.findElement(By.id("cycle-title-0")).getText()).startsWith("Bilan de fin de cycle 2");
        assertThat(browser.findElements(By.cssSelector("#cycle-0 .socle-line"))).hasSize(8);
        assertThat(browser.findElement(By.id("lsu-pdf")).getAttribute("href")).contains("format=pdf");
        Chromium.screenshot(browser, "livret-cp-3e-desktop");

        browser.get(DeployedEar.BASE_URL + "/livret-lycee.xhtml");
        assertThat(browser.findElement(By.id("refused-title")).getText()).isNotBlank();
        assertThat(browser.findElements(By.id("lsl-title"))).isEmpty();
    }

    @Test
    @DisplayName("R-LSU-1, R-LSL-1: on a phone the pupil's book is readable without sideways scrolling; the LSL of "
            + "a pupil in Seconde says it holds nothing yet, without empty tiles")
    void pupilPhone() throws Exception {
        WebDriver phone = FamilyFixtures.phone(browsers);
        FamilyFixtures.portalLogin(phone, "lea.durand", "Demo-2026");
        phone.get(DeployedEar.BASE_URL + "/livret-cp-3e.xhtml");
        assertThat(phone.findElement(By.id("report-title-0")).getText()).startsWith("Bilan périodique");
        assertThat((Boolean) ((JavascriptExecutor) phone).executeScript(
                "return document.documentElement.scrollWidth <= document.documentElement.clientWidth")).isTrue();
        Chromium.screenshot(phone, "livret-cp-3e-phone");

        WebDriver hugo = FamilyFixtures.phone(browsers);
        // Hugo's mother: the login « hugo.durand » is another Hugo Durand, in 3e at the collège
        FamilyFixtures.portalLogin(hugo, "claire.durand1", "Demo-2026");
        hugo.get(DeployedEar.BASE_URL + "/livret-lycee.xhtml");
        assertThat(hugo.findElement(By.id("lsl-empty")).getText()).contains("à partir de la classe de Première");
        assertThat(hugo.findElements(By.cssSelector(".book-tiles"))).isEmpty();
        Chromium.screenshot(hugo, "livret-lycee-phone-seconde");
    }

    /** « 2026-2027 »: the demo's school year, the one under way. */
    private static String yearLabel() {
        LocalDate today = LocalDate.now();
        int start = today.getMonthValue() >= 8 ? today.getYear() : today.getYear() - 1;
        return start + "-" + (start + 1);
    }
}

package org.scolarite.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scolarite.system.FamilyFixtures.screenshot;
import static org.scolarite.system.FamilyFixtures.waitFor;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * « Notes » in a real browser, on the demo's year of grades (R-NOTES-3): Claire Durand on a desktop (current period by
 * default, all periods, a subject tile, one grade alone, « Équipe pédagogique »), Léa on a phone (one card per grade, nothing wider than
 * the screen), and a forged period refused with the portal's refusal page.
 */
@ExtendWith(DeployedEar.class)
class GradesBrowserIT {

    private final List<WebDriver> browsers = new ArrayList<>();

    @AfterEach
    void closeBrowsers() {
        browsers.forEach(WebDriver::quit);
    }

    @Test
    @DisplayName("R-NOTES-3: a guardian on a desktop — current period by default, all periods, one subject, the team")
    void guardian_on_a_desktop() throws Exception {
        WebDriver browser = Chromium.start(1280, 900);
        browsers.add(browser);
        FamilyFixtures.portalLogin(browser, "claire.durand", "Demo-2026");
        browser.findElement(By.id("nav-GRADES")).click();
        waitFor(browser, "grades-title");
        String current = new Select(browser.findElement(By.id("periode"))).getFirstSelectedOption().getText();
        assertThat(current).matches("\\d(er|e) trimestre");

        new Select(browser.findElement(By.id("periode"))).selectByVisibleText("Toutes les périodes");
        browser.findElement(By.id("grades-apply")).click();
        waitFor(browser, "grades-table");
        List<WebElement> rows = browser.findElements(By.cssSelector("#grades-table tbody tr"));
        List<WebElement> tiles = browser.findElements(By.cssSelector("#subject-tiles .subject-tile"));
        assertThat(rows).hasSizeGreaterThan(20);
        assertThat(tiles).hasSizeGreaterThanOrEqualTo(7);
        assertThat(browser.findElement(By.id("team-list")).getText()).contains("Professeur principal");
        screenshot(browser, "grades-guardian-desktop");

        String subject = tiles.get(0).findElement(By.className("subject-tile-label")).getText();
        tiles.get(0).click();
        waitFor(browser, "grades-table");
        assertThat(browser.findElements(By.cssSelector("#grades-table .grade-subject-label")))
                .extracting(WebElement::getText).isNotEmpty().containsOnly(subject);
        assertThat(new Select(browser.findElement(By.id("matiere"))).getFirstSelectedOption().getText())
                .isEqualTo(subject);

        // Each line links to its grade alone; the page says so and leads back to the list.
        String label = browser.findElement(By.cssSelector("#grades-table .grade-link")).getText();
        browser.findElement(By.cssSelector("#grades-table .grade-link")).click();
        waitFor(browser, "grades-single");
        assertThat(browser.findElements(By.cssSelector("#grades-table tbody tr"))).hasSize(1);
        assertThat(browser.findElement(By.cssSelector("#grades-table .grade-link")).getText()).isEqualTo(label);
        screenshot(browser, "grades-guardian-one-grade");
    }

    @Test
    @DisplayName("R-NOTES-3: the pupil on a phone — one card per grade, nothing wider than the screen")
    void pupil_on_a_phone() throws Exception {
        WebDriver phone = FamilyFixtures.phone(browsers);
        FamilyFixtures.portalLogin(phone, "lea.durand", "Demo-2026");
        phone.get(DeployedEar.BASE_URL + "/notes.xhtml?periode=tout");
        waitFor(phone, "grades-table");
        assertThat(phone.findElement(By.cssSelector("#grades-table thead")).getSize().getHeight()).isLessThanOrEqualTo(1);
        assertThat((Long) ((JavascriptExecutor) phone).executeScript(
                "return document.documentElement.scrollWidth - window.innerWidth")).isLessThanOrEqualTo(0L);
        screenshot(phone, "grades-pupil-phone");
    }

    @Test
    @DisplayName("Security: a forged period (not the child's) is refused with the refusal page")
    void forged_period_refused() throws Exception {
        WebDriver browser = Chromium.start(1280, 900);
        browsers.add(browser);
        FamilyFixtures.portalLogin(browser, "claire.durand", "Demo-2026");
        browser.get(DeployedEar.BASE_URL + "/notes.xhtml?periode=p1");
        assertThat(waitFor(browser, "refused-reason").getText()).isEqualTo("Vous n’avez pas accès à cette page.");
        assertThat(browser.findElements(By.id("grades-table"))).isEmpty();
    }
}

package org.scolarite.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The console as a school head uses it, in Debian's headless Chromium. Screenshots land in target/screenshots. */
@ExtendWith(DeployedEar.class)
class AdminBrowserIT {

    private WebDriver browser;

    @BeforeEach
    void openBrowser() {
        browser = Chromium.start(1280, 900);
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    @DisplayName("the demo school head logs in and sees the dashboard: counts per account state with coloured dots and a legend")
    void head_sees_dashboard() throws Exception {
        browser.get(DeployedEar.BASE_URL + "/admin/");
        screenshot("admin-login");
        login("principal.college");

        new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("accounts-by-state")));
        screenshot("admin-dashboard");
        assertThat(browser.findElement(By.id("establishment-name")).getText()).contains("Collège Jean Moulin");
        // The demo's 600 pupils, and the fixture families other system tests of the run may have added already.
        assertThat(Integer.parseInt(browser.findElement(By.cssSelector("#tile-students .tile-figure")).getText()))
                .isGreaterThanOrEqualTo(600);
        long guardianAccounts = browser.findElements(By.cssSelector("#accounts-by-state td.guardian-count")).stream()
                .mapToLong(td -> Long.parseLong(td.getText())).sum();
        assertThat(guardianAccounts).isPositive();
        assertThat(browser.findElements(By.cssSelector("#accounts-by-state .state-dot"))).hasSize(4);
        assertThat(browser.findElement(By.cssSelector(".legend")).getText())
                .contains("Non notifié", "Notifié", "En cours d'activation", "Utilisé");
    }

    @Test
    @DisplayName("R-ROLE-1: the académie administrator switches between establishments; the accountant sees no account figures")
    void switcher_and_roles() throws Exception {
        login("rectorat");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        // The académie's first establishment by name: integration suites may have added theirs to the demo académie.
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("establishment-name")));
        browser.findElement(By.id("switcher:establishment")).click();
        // Picking an item while the panel still opens makes PrimeFaces lose the selection: wait until it is open.
        wait.until(ExpectedConditions.attributeToBe(By.id("switcher:establishment_label"), "aria-expanded", "true"));
        wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//li[contains(@class,'ui-selectonemenu-item') and contains(., 'Lycée Marie Curie')]"))).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("establishment-name"), "Lycée Marie Curie"));
        screenshot("admin-dashboard-lycee");
        browser.get(DeployedEar.BASE_URL + "/admin/");
        assertThat(browser.findElement(By.id("establishment-name")).getText()).contains("Lycée Marie Curie");

        browser.findElement(By.id("logout:logoutButton")).click();
        login("comptable");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".notice")));
        assertThat(browser.findElement(By.cssSelector(".notice")).getText())
                .contains("ne donne pas accès à la gestion des comptes");
        assertThat(browser.findElements(By.id("accounts-by-state"))).isEmpty();
    }

    private void login(String username) {
        browser.get(DeployedEar.BASE_URL + "/admin/");
        browser.findElement(By.id("login:username")).sendKeys(username);
        browser.findElement(By.cssSelector("#login input[type=password]")).sendKeys("Demo-2026");
        browser.findElement(By.id("login:submit")).click();
    }

    private void screenshot(String name) throws Exception {
        Chromium.screenshot(browser, name);
    }
}

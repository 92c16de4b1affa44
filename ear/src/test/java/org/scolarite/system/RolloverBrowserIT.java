package org.scolarite.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.Month;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * « Bascule d'année » in Debian's headless Chromium, as the demo's académie administrator {@code rectorat}.
 * <p>
 * The database is shared by every system test of the run, and the demo académie's school year is read by other
 * features (grade deadlines « hors de l'année scolaire », statistics, the replication's check of an export's year): a
 * next year really created here would change what they see, in an order nobody controls. So this test goes through
 * the whole journey — simulate, validate, the confirmation dialog, the server's answer — without ever creating the
 * year: the first confirmation is cancelled, the second one is refused by the server (inconsistent rentrée). That the
 * commit creates the year once is proved by YearRolloverIT, in an académie of its own.
 */
@ExtendWith(DeployedEar.class)
class RolloverBrowserIT {

    private static final ZoneId SCHOOL_ZONE = ZoneId.of("Europe/Paris");

    private WebDriver browser;
    private WebDriverWait wait;

    @BeforeEach
    void openBrowser() throws Exception {
        DeployedEar.moveClock(0);
        browser = Chromium.start(1280, 1100);
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    @DisplayName("bascule, R-ACC-7: rectorat simulates the next year (report per establishment, continuing accounts in red), a wrong year is refused next to its field, validation asks for confirmation and the server refuses inconsistent dates")
    void simulate_then_validate() throws Exception {
        LocalDate today = LocalDate.now(SCHOOL_ZONE);
        int current = today.getMonthValue() >= Month.AUGUST.getValue() ? today.getYear() : today.getYear() - 1;
        int next = current + 1;
        String nextLabel = next + "-" + (next + 1);
        login("rectorat");
        browser.findElement(By.id("menu-academy-rollover")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("rolloverForm:year")));
        // Selenium gives the no-break space before the colon as a plain one.
        assertThat(browser.findElement(By.id("currentYear")).getText())
                .isEqualTo("Année scolaire en cours : " + current + "-" + next);

        // A year that does not follow the current one: the French reason next to the field, nothing simulated.
        type("rolloverForm:year", (next + 1) + "-" + (next + 2));
        type("rolloverForm:rentree_input", "01/09/" + (next + 1));
        type("rolloverForm:end_input", "04/07/" + (next + 2));
        browser.findElement(By.id("rolloverForm:simulate")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("rolloverForm:yearMessage"), "ne suit pas"));
        assertThat(browser.findElement(By.id("rolloverForm:yearMessage")).getText())
                .contains("seule l’année " + nextLabel + " peut être créée");
        assertThat(browser.findElements(By.id("rolloverForm:report"))).isEmpty();

        type("rolloverForm:year", nextLabel);
        type("rolloverForm:rentree_input", "01/09/" + next);
        type("rolloverForm:end_input", "04/07/" + (next + 1));
        browser.findElement(By.id("rolloverForm:simulate")).click();
        WebElement report = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("rolloverForm:report")));
        assertThat(report.getText()).contains("Simulation de la bascule vers " + nextLabel,
                "Rentrée le 01/09/" + next, "Collège Jean Moulin", "Lycée Marie Curie", "(restent ouverts)",
                "gardent leur identifiant et leur mot de passe");
        // The demo collège's row: other system tests add establishments of their own to the demo académie, which may
        // come first and have no account in use.
        WebElement continuing = browser.findElement(By.xpath("//tbody[@id='rolloverForm:establishments_data']"
                + "/tr[td[contains(., 'Collège Jean Moulin')]]/td[contains(@class, 'col-continuing')]"));
        assertThat(Integer.parseInt(continuing.getText().strip())).as("the demo has accounts « Utilisé »").isPositive();
        assertThat(continuing.getCssValue("color")).as("R-ACC-7: continuity in red").isEqualTo("rgba(206, 5, 0, 1)");
        Chromium.screenshot(browser, "rollover-simulation");

        // « Valider la bascule » asks first; cancelling creates nothing.
        browser.findElement(By.id("rolloverForm:commit")).click();
        WebElement confirm = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ui-confirm-dialog")));
        assertThat(confirm.getText()).contains("Créer l’année scolaire " + nextLabel);
        Chromium.screenshot(browser, "rollover-confirmation");
        browser.findElement(By.id("confirmForm:confirmNo")).click();
        wait.until(ExpectedConditions.invisibilityOf(confirm));

        // Confirmed with a rentrée before the current year's end: the server refuses, next to the rentrée.
        type("rolloverForm:rentree_input", "01/07/" + next);
        browser.findElement(By.id("rolloverForm:commit")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ui-confirm-dialog")));
        browser.findElement(By.id("confirmForm:confirmYes")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("rolloverForm:rentreeMessage"),
                "La rentrée doit suivre la fin de l’année en cours"));
        assertThat(browser.findElement(By.id("rolloverForm:rentree_input")).getAttribute("value"))
                .as("what was typed stays").isEqualTo("01/07/" + next);
        Chromium.screenshot(browser, "rollover-refused");

        browser.navigate().refresh();
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("currentYear"))).getText())
                .as("no year created").endsWith(current + "-" + next);
    }

    @Test
    @DisplayName("bascule: a head of establishment is told the page is for académie administrators")
    void reserved_to_academy_administrators() {
        login("principal.college");
        browser.get(DeployedEar.BASE_URL + "/admin/academy/rollover.xhtml");
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("denied"))).getText())
                .contains("réservée aux administrateurs académiques");
        assertThat(browser.findElements(By.id("rolloverForm:simulate"))).isEmpty();
    }

    private void type(String id, String text) {
        WebElement field = browser.findElement(By.id(id));
        field.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        field.sendKeys(text, Keys.TAB);
    }

    private void login(String username) {
        browser.get(DeployedEar.BASE_URL + "/admin/");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login:username"))).sendKeys(username);
        browser.findElement(By.cssSelector("#login input[type=password]")).sendKeys("Demo-2026");
        browser.findElement(By.id("login:submit")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("logout:logoutButton")));
    }
}

package org.scolarite.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The catalogue screens in Debian's headless Chromium: activation (R-SVC-1), « Ouverture / fermeture » and its
 * read-only copy on the home page (R-SVC-2, R-SVC-3, R-SET-2), the roles (R-ROLE-1) and the académie's services
 * and ENT list. Screenshots land in target/screenshots. The database is shared by every system test of the run:
 * only this class touches Collège Victor Hugo's activation and the collège's Paiement service, and the académie
 * services it creates have labels of their own.
 */
@ExtendWith(DeployedEar.class)
class CatalogueBrowserIT {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final ZoneId SCHOOL_ZONE = ZoneId.of("Europe/Paris");

    private WebDriver browser;
    private WebDriverWait wait;

    @BeforeEach
    void openBrowser() throws Exception {
        // Dates on screen come from the application clock: put it back on today if another test moved it.
        DeployedEar.moveClock(0);
        browser = Chromium.start(1280, 1000);
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    @DisplayName("R-SVC-1: a school that has not activated the téléservices is told so on the home page; the head activates once, after confirmation, then sees the date and the services")
    void head_activates_the_teleservices() throws Exception {
        login("principal.nouveau");
        WebElement notice = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("activation-notice")));
        assertThat(notice.getText()).contains("Téléservices non activés",
                "n’a pas encore mis les téléservices à la disposition des élèves et de leurs responsables",
                "aucun compte ne peut être créé ni notifié", "Elle ne se fait qu’une fois",
                "d’une année scolaire à l’autre");
        assertThat(browser.findElement(By.cssSelector(".before-activation")).getText())
                .contains("aucun de ces services n’est proposé aux familles");
        screenshot("catalogue-activation");

        // Before activation nothing can be switched, and « Ouverture / fermeture » says why.
        browser.findElement(By.id("menu-opening")).click();
        wait.until(ExpectedConditions.urlContains("/services/opening.xhtml"));
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("activation-needed"))).getText())
                .contains("qu’après l’activation des téléservices");
        assertThat(browser.findElements(By.cssSelector(".service-table .ui-toggleswitch"))).hasSizeGreaterThan(5)
                .allSatisfy(s -> assertThat(s.getAttribute("class")).contains("ui-state-disabled"));
        screenshot("catalogue-opening-before-activation");

        browser.get(DeployedEar.BASE_URL + "/admin/");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("activationForm:activate"))).click();
        WebElement dialog = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ui-confirm-dialog")));
        assertThat(dialog.getText()).contains("Activer les téléservices de Collège Victor Hugo", "définitive");
        screenshot("catalogue-activation-confirm");
        browser.findElement(By.id("confirmForm:confirmYes")).click();

        WebElement done = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("activation-done")));
        assertThat(done.getText()).isEqualTo("Téléservices activés le " + today().format(DAY) + " par principal.nouveau");
        assertThat(browser.findElement(By.id("homeMessages")).getText()).contains("Les téléservices sont activés");
        assertThat(browser.findElements(By.id("activation-notice"))).isEmpty();
        assertThat(browser.findElements(By.cssSelector(".before-activation"))).isEmpty();
        // R-SVC-3 NB: the home page lists the same services, read-only.
        List<WebElement> switches = browser.findElements(By.cssSelector("#home-services .ui-toggleswitch"));
        assertThat(switches).hasSizeGreaterThan(5)
                .allSatisfy(s -> assertThat(s.getAttribute("class")).contains("ui-state-disabled"));
        assertThat(row("INFO_SHEET").getText()).contains("Fiche de renseignements", "Responsables", "Ouvert", "Obligatoire");
        assertThat(row("PAYMENT").getText()).contains("Paiement en ligne des factures", "Fermé");
        scrollTo(By.id("home-services"));
        screenshot("catalogue-home-list");

        // Now the head can switch services.
        browser.findElement(By.id("menu-opening")).click();
        wait.until(ExpectedConditions.urlContains("/services/opening.xhtml"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("tr.service-PAYMENT")));
        assertThat(browser.findElements(By.id("activation-needed"))).isEmpty();
        assertThat(switchOf("PAYMENT").getAttribute("class")).doesNotContain("ui-state-disabled");
    }

    @Test
    @DisplayName("R-SVC-2, R-SET-2: the information sheet is locked open; Paiement starts closed, opening it shows « Ouvert à partir du » tomorrow, switching back cancels the change")
    void head_opens_and_closes_a_service() throws Exception {
        login("principal.college");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("menu-opening"))).click();
        wait.until(ExpectedConditions.urlContains("/services/opening.xhtml"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("tr.service-PAYMENT")));
        assertThat(browser.findElements(By.id("read-only-notice"))).isEmpty();

        WebElement sheet = row("INFO_SHEET");
        assertThat(sheet.getText()).contains("Fiche de renseignements", "Ouvert", "Obligatoire");
        assertThat(sheet.findElements(By.cssSelector(".pi-lock"))).hasSize(1);
        assertThat(switchOf("INFO_SHEET").getAttribute("class")).contains("ui-toggleswitch-checked", "ui-state-disabled");

        assertThat(row("PAYMENT").getText()).contains("Paiement en ligne des factures", "Responsables", "Fermé")
                .doesNotContain("à partir du");
        assertThat(switchOf("PAYMENT").getAttribute("class")).doesNotContain("ui-toggleswitch-checked", "ui-state-disabled");
        screenshot("catalogue-opening");

        switchOf("PAYMENT").click();
        String tomorrow = today().plusDays(1).format(DAY);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("tr.service-PAYMENT"),
                "Ouvert à partir du " + tomorrow));
        assertThat(browser.findElement(By.id("opening:messages")).getText())
                .contains("« Paiement en ligne des factures » sera ouvert aux familles à partir du " + tomorrow);
        assertThat(switchOf("PAYMENT").getAttribute("class")).contains("ui-toggleswitch-checked");
        screenshot("catalogue-opening-pending");

        // Saved: the home page's read-only list shows the same pending opening.
        browser.get(DeployedEar.BASE_URL + "/admin/");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#home-services tr.service-PAYMENT")));
        assertThat(row("PAYMENT").getText()).contains("Ouvert à partir du " + tomorrow);
        assertThat(switchOf("PAYMENT").getAttribute("class")).contains("ui-state-disabled");

        // Switching back the same day cancels the change (through the same request a forged one would send).
        browser.get(DeployedEar.BASE_URL + "/admin/services/opening.xhtml");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("tr.service-PAYMENT")));
        sendSwitch("PAYMENT", false);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("opening:messages"),
                "« Paiement en ligne des factures » reste fermé"));
        assertThat(row("PAYMENT").getText()).contains("Fermé").doesNotContain("à partir du");
    }

    @Test
    @DisplayName("R-SVC-3: a lycée without the SIECLE Vie scolaire module sees Vie scolaire disabled with the reason")
    void missing_module_disables_the_switch() throws Exception {
        login("principal.lycee");
        browser.get(DeployedEar.BASE_URL + "/admin/services/opening.xhtml");
        WebElement schoolLife = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("tr.service-SCHOOL_LIFE")));
        assertThat(schoolLife.getText()).contains("Vie scolaire", "Fermé",
                "L’établissement n’utilise pas le module SIECLE Vie scolaire");
        assertThat(switchOf("SCHOOL_LIFE").getAttribute("class")).contains("ui-state-disabled")
                .doesNotContain("ui-toggleswitch-checked");
        assertThat(switchOf("GRADES").getAttribute("class")).doesNotContain("ui-state-disabled");
        assertThat(row("LSL").getText()).contains("Livret scolaire du lycée", "Obligatoire");
        screenshot("catalogue-opening-lycee");
    }

    @Test
    @DisplayName("R-ROLE-1: the delegate sees the services read-only, and a switch request forged in his browser is refused on the server")
    void delegate_cannot_switch() throws Exception {
        login("delegue.college");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("logout:logoutButton")));
        assertThat(browser.findElements(By.id("menu-opening"))).isEmpty();
        browser.get(DeployedEar.BASE_URL + "/admin/services/opening.xhtml");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("tr.service-PAYMENT")));
        assertThat(browser.findElement(By.id("read-only-notice")).getText())
                .contains("seul le chef d’établissement peut ouvrir ou fermer les services");
        assertThat(browser.findElements(By.cssSelector(".service-table .ui-toggleswitch"))).hasSizeGreaterThan(5)
                .allSatisfy(s -> assertThat(s.getAttribute("class")).contains("ui-state-disabled"));
        screenshot("catalogue-opening-delegate");

        String before = row("PAYMENT").getText();
        boolean wasOpen = switchOf("PAYMENT").getAttribute("class").contains("ui-toggleswitch-checked");
        sendSwitch("PAYMENT", !wasOpen);
        Thread.sleep(1500);
        assertThat(browser.findElement(By.id("opening:messages")).getText()).doesNotContain("sera ouvert", "sera fermé");
        browser.get(DeployedEar.BASE_URL + "/admin/services/opening.xhtml");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("tr.service-PAYMENT")));
        assertThat(row("PAYMENT").getText()).isEqualTo(before);
    }

    @Test
    @DisplayName("R-SVC-2: the académie creates a service (checked in the dialog), every school sees it in « Ouverture / fermeture », then it is withdrawn; the ENT list is kept by the académie")
    void academy_defines_its_services_and_ents() throws Exception {
        String label = "Stage de seconde " + System.nanoTime();
        login("rectorat");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("menu-academy-services"))).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("servicesForm:add"))).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("serviceForm:label")));
        browser.findElement(By.id("serviceForm:url")).sendKeys("stages.ac-normandie.fr");
        browser.findElement(By.id("serviceForm:save")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("serviceForm"),
                "Le libellé du service est obligatoire."));
        assertThat(browser.findElement(By.id("serviceForm")).getText()).contains("Adresse internet invalide");
        screenshot("catalogue-academy-dialog");

        browser.findElement(By.id("serviceForm:label")).sendKeys(label);
        WebElement url = browser.findElement(By.id("serviceForm:url"));
        url.clear();
        url.sendKeys("https://stages.ac-normandie.fr/");
        browser.findElement(By.xpath("//div[@id='serviceForm:audience']//label[normalize-space()='Responsables']")).click();
        browser.findElement(By.id("serviceForm:save")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("serviceDialog")));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("servicesForm:messages"),
                "Service « " + label + " » créé"));
        WebElement created = browser.findElement(By.xpath("//tr[contains(., '" + label + "')]"));
        assertThat(created.getText()).contains("https://stages.ac-normandie.fr/", "Responsables",
                "Ouvert au choix des établissements");
        screenshot("catalogue-academy-services");

        browser.findElement(By.id("logout:logoutButton")).click();
        login("principal.college");
        browser.get(DeployedEar.BASE_URL + "/admin/services/opening.xhtml");
        WebElement offered = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//tr[contains(@class,'service-academic-') and contains(., '" + label + "')]")));
        assertThat(offered.getText()).contains("Service académique", "https://stages.ac-normandie.fr/", "Responsables",
                "Fermé");
        assertThat(offered.findElement(By.cssSelector(".ui-toggleswitch")).getAttribute("class"))
                .doesNotContain("ui-state-disabled");
        scrollTo(By.xpath("//tr[contains(., '" + label + "')]"));
        screenshot("catalogue-opening-academic");

        browser.findElement(By.id("logout:logoutButton")).click();
        login("rectorat");
        browser.get(DeployedEar.BASE_URL + "/admin/academy/services.xhtml");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.xpath("//tr[contains(., '" + label + "')]")))
                .findElement(By.cssSelector("button[id$=':withdraw']")).click();
        WebElement confirm = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ui-confirm-dialog")));
        assertThat(confirm.getText()).contains("Retirer « " + label + " »");
        browser.findElement(By.id("confirmForm:confirmYes")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("servicesForm:messages"),
                "Service « " + label + " » retiré"));
        assertThat(browser.findElements(By.xpath("//tr[contains(., '" + label + "')]"))).isEmpty();

        String ent = "ENT de test " + System.nanoTime();
        browser.findElement(By.id("menu-academy-ents")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("entForm:label"))).sendKeys(ent);
        browser.findElement(By.id("entForm:add")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("entForm"), "L’adresse internet est obligatoire."));
        browser.findElement(By.id("entForm:url")).sendKeys("https://ent-test.ac-normandie.fr/");
        browser.findElement(By.id("entForm:add")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("entsForm:messages"), "ENT « " + ent + " » ajouté"));
        assertThat(browser.findElement(By.id("entsForm:ents")).getText())
                .contains("L’Educ de Normandie", ent, "https://ent-test.ac-normandie.fr/");
        screenshot("catalogue-academy-ents");
        browser.findElement(By.xpath("//tr[contains(., '" + ent + "')]//button[contains(@id,':remove')]")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ui-confirm-dialog")));
        browser.findElement(By.id("confirmForm:confirmYes")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("entsForm:messages"), "ENT « " + ent + " » retiré"));
        assertThat(browser.findElement(By.id("entsForm:ents")).getText()).doesNotContain(ent);
    }

    private static LocalDate today() {
        return LocalDate.now(SCHOOL_ZONE);
    }

    private WebElement row(String serviceKey) {
        return browser.findElement(By.cssSelector("tr.service-" + serviceKey));
    }

    private WebElement switchOf(String serviceKey) {
        return row(serviceKey).findElement(By.cssSelector(".ui-toggleswitch"));
    }

    /**
     * Sends the switch's own Ajax request for {@code open}, as a browser would once the greyed-out switch is
     * re-enabled by hand: the server decides whether it counts.
     */
    private void sendSwitch(String serviceKey, boolean open) {
        WebElement input = switchOf(serviceKey).findElement(By.cssSelector("input[type=checkbox]"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].disabled = false; arguments[0].checked = arguments[1];"
                + "arguments[0].dispatchEvent(new Event('change'));", input, open);
    }

    private void scrollTo(By element) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});",
                browser.findElement(element));
    }

    private void login(String username) {
        browser.get(DeployedEar.BASE_URL + "/admin/");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login:username"))).sendKeys(username);
        browser.findElement(By.cssSelector("#login input[type=password]")).sendKeys("Demo-2026");
        browser.findElement(By.id("login:submit")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("logout:logoutButton")));
    }

    private void screenshot(String name) throws Exception {
        Chromium.screenshot(browser, name);
    }
}

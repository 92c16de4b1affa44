package org.scolarite.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * « Gérer le compte responsable / élève » in Debian's headless Chromium (R-IND-1, R-ACC-9): the head of the collège
 * finds Claire Durand (mother of Léa) by « dur », opens her account, notifies it by letter (the PDF is downloaded and
 * carries her identifier), removes then allows her access. Her account is « Utilisé »: a letter keeps her password, and
 * the access ends as it started, so that the other system tests still find her. Screenshots: target/screenshots
 * (accounts-*.png).
 */
@ExtendWith(DeployedEar.class)
class AccountManagementBrowserIT {

    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    private final List<WebDriver> browsers = new ArrayList<>();

    @AfterEach
    void closeBrowsers() {
        browsers.forEach(WebDriver::quit);
    }

    @Test
    @DisplayName("R-IND-1, R-ACC-9, R-SEC-1: search « dur », open Claire Durand's account and history, notify by letter "
            + "(a PDF with her identifier), remove then allow her access, each in the history")
    void manage_claire_durand() throws Exception {
        WebDriver browser = loggedIn("principal.college");
        Path downloads = Files.createTempDirectory("accounts-downloads");
        ((ChromeDriver) browser).executeCdpCommand("Browser.setDownloadBehavior",
                Map.of("behavior", "allow", "downloadPath", downloads.toAbsolutePath().toString()));
        WebDriverWait wait = new WebDriverWait(browser, TIMEOUT);

        browser.findElement(By.id("menu-guardians-manage")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("search:name")));
        browser.findElement(By.id("search:name")).sendKeys("dur");
        browser.findElement(By.id("search:searchButton")).click();
        By claire = By.xpath("//tr[contains(., 'Léa') and contains(., 'DURAND Claire')]");
        wait.until(ExpectedConditions.presenceOfElementLocated(claire));
        assertThat(browser.findElement(By.id("account-count")).getText()).matches("\\d+ compte\\(s\\) sélectionné\\(s\\)");
        assertThat(browser.findElement(claire).getText()).contains("Légal 1", "Utilisé");
        screenshot(browser, "accounts-search");

        browser.findElement(claire).findElement(By.cssSelector("a.manage-link")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("username")));
        assertThat(browser.findElement(By.id("username")).getText()).isEqualTo("claire.durand");
        assertThat(browser.findElement(By.id("guardian-name")).getText()).isEqualTo("Madame Claire DURAND");
        assertThat(browser.findElement(By.id("pupil-name")).getText()).contains("DURAND", "Léa");
        assertThat(browser.findElement(By.id("state")).getText()).isEqualTo("Utilisé");
        // R-SIM-1: an account « Utilisé » offers the simulation, as a link to a new tab (PortalSimulationBrowserIT
        // follows it).
        WebElement simulate = browser.findElement(By.id("account:simulate-portal"));
        assertThat(simulate.getAttribute("onclick")).contains("simulate.xhtml?account=").contains("_blank");
        int historyLines = historyRows(browser).size();
        assertThat(historyLines).isPositive();
        screenshot(browser, "accounts-account");

        // « Notifier » by letter: the PDF comes at once and names her identifier.
        browser.findElement(By.id("account:notify")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("notifyDialog")));
        browser.findElement(By.xpath("//div[@id='notifyDialog']//label[contains(., 'Par courrier')]")).click();
        screenshot(browser, "accounts-notify-dialog");
        browser.findElement(By.id("notifyDialogForm:confirmNotify")).click();
        Path pdf = waitForDownload(downloads);
        byte[] bytes = Files.readAllBytes(pdf);
        assertThat(new String(bytes, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(text(bytes)).contains("claire.durand");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("letter-warning")));
        assertThat(browser.findElement(By.id("letter-warning")).getText()).contains("supprimez le fichier");
        wait.until(d -> historyRows(d).size() > historyLines);
        assertThat(historyRows(browser).get(0).getText()).contains("Renotification", "Courrier", "principal.college");
        assertThat(browser.findElement(By.id("state")).getText()).isEqualTo("Utilisé");
        screenshot(browser, "accounts-notified");

        // « Enlever l'accès » then « Autoriser l'accès ».
        browser.findElement(By.id("account:removeAccess")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("accessDialog")));
        assertThat(browser.findElement(By.id("accessDialog")).getText()).contains("ne verra plus cet élève");
        screenshot(browser, "accounts-remove-dialog");
        browser.findElement(By.id("accessDialogForm:confirmAccess")).click();
        wait.until(ExpectedConditions.textToBe(By.id("access-state"), "Accès enlevé"));
        assertThat(historyRows(browser).get(0).getText()).contains("Accès enlevé");
        assertThat(browser.findElement(By.id("account:notify")).isEnabled()).isFalse();
        screenshot(browser, "accounts-access-removed");

        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("accessDialog")));
        browser.findElement(By.id("account:allowAccess")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("accessDialog")));
        browser.findElement(By.id("accessDialogForm:confirmAccess")).click();
        wait.until(ExpectedConditions.textToBe(By.id("access-state"), "Accède aux téléservices"));
        assertThat(historyRows(browser).get(0).getText()).contains("Accès autorisé");
        screenshot(browser, "accounts-access-allowed");
    }

    @Test
    @DisplayName("R-IND-1: « Gérer le compte élève » lists Léa's own account; a forged pupil gives the French 403 message")
    void pupils_and_forged_parameters() throws Exception {
        WebDriver browser = loggedIn("principal.college");
        WebDriverWait wait = new WebDriverWait(browser, TIMEOUT);
        browser.findElement(By.id("menu-students-manage")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("search:name")));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Gérer le compte élève");
        browser.findElement(By.id("search:name")).sendKeys("dur");
        browser.findElement(By.id("search:searchButton")).click();
        By lea = By.xpath("//tr[contains(., 'DURAND') and contains(., 'Léa')]");
        wait.until(ExpectedConditions.presenceOfElementLocated(lea));
        screenshot(browser, "accounts-search-students");
        browser.findElement(lea).findElement(By.cssSelector("a.manage-link")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("username")));
        assertThat(browser.findElement(By.id("username")).getText()).isEqualTo("lea.durand");
        assertThat(browser.findElements(By.id("account:write"))).isEmpty();
        screenshot(browser, "accounts-student");

        browser.get(DeployedEar.BASE_URL + "/admin/accounts/account.xhtml?student=1&guardian=2");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("denied")));
        assertThat(browser.findElement(By.id("denied")).getText()).contains("Accès refusé");
        screenshot(browser, "accounts-denied");
    }

    private static List<org.openqa.selenium.WebElement> historyRows(WebDriver browser) {
        return browser.findElements(By.cssSelector("#historyTable_data tr:not(.ui-datatable-empty-message)"));
    }

    private static Path waitForDownload(Path directory) throws Exception {
        long end = System.currentTimeMillis() + TIMEOUT.toMillis();
        while (System.currentTimeMillis() < end) {
            try (Stream<Path> files = Files.list(directory)) {
                var pdf = files.filter(f -> f.toString().endsWith(".pdf")).findFirst();
                if (pdf.isPresent() && Files.size(pdf.get()) > 0) {
                    return pdf.get();
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no PDF downloaded into " + directory);
    }

    private static String text(byte[] pdf) throws Exception {
        StringBuilder text = new StringBuilder();
        try (PdfDocument document = new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)))) {
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                text.append(PdfTextExtractor.getTextFromPage(document.getPage(page)));
            }
        }
        return text.toString();
    }

    private WebDriver loggedIn(String username) {
        WebDriver browser = Chromium.start(1280, 900);
        browsers.add(browser);
        browser.get(DeployedEar.BASE_URL + "/admin/");
        browser.findElement(By.id("login:username")).sendKeys(username);
        browser.findElement(By.cssSelector("#login input[type=password]")).sendKeys("Demo-2026");
        browser.findElement(By.id("login:submit")).click();
        new WebDriverWait(browser, TIMEOUT).until(ExpectedConditions.presenceOfElementLocated(By.id("logout")));
        return browser;
    }

    /** The whole page (dialogs included) as target/screenshots/&lt;name&gt;.png. */
    private static void screenshot(WebDriver browser, String name) throws Exception {
        Thread.sleep(400); // dialogs fade in
        Dimension size = browser.manage().window().getSize();
        long height = (Long) ((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollHeight");
        long viewport = (Long) ((JavascriptExecutor) browser).executeScript("return window.innerHeight");
        browser.manage().window().setSize(new Dimension(size.getWidth(), (int) Math.min(3000, Math.max(size.getHeight(),
                height + size.getHeight() - viewport))));
        try {
            Chromium.screenshot(browser, name);
        } finally {
            browser.manage().window().setSize(size);
        }
    }
}

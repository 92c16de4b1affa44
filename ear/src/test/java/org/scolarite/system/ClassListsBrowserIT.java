package org.scolarite.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * « Éditer les listes des comptes élèves » (R-LIST-1) in Debian's headless Chromium on the demo data: the head of the
 * collège lists a division and a group, downloads the PDF and the CSV (read back here), and the accountant is turned
 * away. Downloads land in target/downloads, screenshots in target/screenshots.
 */
@ExtendWith(DeployedEar.class)
class ClassListsBrowserIT {

    private static final Path DOWNLOADS = Path.of("target", "downloads").toAbsolutePath();
    /** What a password cell may hold (R-LIST-1, R-ACC-8): a temporary password, or one of the four texts. */
    private static final String PASSWORD_CELL = "[a-z0-9]{8}|\\*{5}|Compte à notifier|Compte supprimé|Pas de compte";

    private WebDriver browser;
    private WebDriverWait wait;

    @BeforeEach
    void openBrowser() throws Exception {
        browser = Chromium.start(1400, 1000);
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        clearDownloads();
        // Headless Chromium refuses downloads unless told where to put them.
        ((ChromeDriver) browser).executeCdpCommand("Browser.setDownloadBehavior",
                Map.of("behavior", "allow", "downloadPath", DOWNLOADS.toString()));
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    @DisplayName("R-LIST-1, R-ACC-8, R-SEC-1: the head lists a division alphabetically, with the password cells, then "
            + "downloads the PDF and the CSV, which have the columns and cells of the screen")
    void divisionListAndExports() throws Exception {
        adminLogin("principal.college");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("menu-students-lists"))).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"),
                "Éditer les listes des comptes élèves"));
        assertThat(browser.findElement(By.id("lists:pdf")).isEnabled()).as("nothing to print yet").isFalse();
        assertThat(browser.findElement(By.id("lists:csv")).isEnabled()).isFalse();
        assertThat(text("lists-warning"))
                .contains("Ces documents contiennent des mots de passe provisoires : supprimez-les après usage.");
        screenshot("classlists-empty");

        chooseInMenu("lists:division", "normalize-space(.)='3A' or starts-with(normalize-space(.), '3A ')");
        browser.findElement(By.id("lists:show")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("list-title"),
                "Liste des comptes élèves – division 3A"));
        List<String> headers = browser.findElements(By.cssSelector("#lists\\:table thead th")).stream()
                .map(WebElement::getText).toList();
        assertThat(headers).containsExactly("Élève", "Division", "Date de naissance", "Identifiant",
                "Mot de passe provisoire", "Continuité d’accès");
        List<List<String>> rows = browser.findElements(By.cssSelector("#lists\\:table tbody tr")).stream()
                .map(tr -> tr.findElements(By.tagName("td")).stream().map(WebElement::getText).toList()).toList();
        assertThat(rows).hasSizeGreaterThan(10).allSatisfy(cells -> {
            assertThat(cells.get(1)).isEqualTo("3A");
            assertThat(cells.get(2)).matches("\\d{2}/\\d{2}/\\d{4}");
            assertThat(cells.get(4)).matches(PASSWORD_CELL);
        });
        assertThat(rows).extracting(cells -> cells.get(4)).as("demo accounts in every state")
                .contains("*****", "Compte à notifier").anyMatch(cell -> cell.matches("[a-z0-9]{8}"));
        // The full French order (collator) is checked by the unit and integration tests; here, initials suffice.
        assertThat(rows).extracting(cells -> initial(cells.get(0))).isSorted();
        assertThat(text("list-count")).isEqualTo(rows.size() + " élève(s) dans la liste.");
        screenshot("classlists-division");

        browser.findElement(By.id("lists:csv")).click();
        byte[] csv = downloaded("liste-comptes-eleves-3A.csv");
        assertThat(csv).startsWith(0xEF, 0xBB, 0xBF);
        List<String> lines = List.of(new String(csv, StandardCharsets.UTF_8).substring(1).split("\r\n"));
        assertThat(lines).hasSize(rows.size() + 1);
        assertThat(lines.get(0)).isEqualTo(String.join(";", headers));
        for (int i = 0; i < rows.size(); i++) {
            assertThat(lines.get(i + 1)).isEqualTo(String.join(";", rows.get(i)));
        }

        browser.findElement(By.id("lists:pdf")).click();
        byte[] pdf = downloaded("liste-comptes-eleves-3A.pdf");
        Files.write(Path.of("target", "screenshots", "classlists-3A.pdf"), pdf);
        String firstPage;
        try (PdfDocument document = new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)))) {
            assertThat(document.getPage(1).getPageSize().getWidth()).as("landscape")
                    .isGreaterThan(document.getPage(1).getPageSize().getHeight());
            firstPage = PdfTextExtractor.getTextFromPage(document.getPage(1)).replace('\u00a0', ' ');
        }
        assertThat(firstPage).contains("Collège Jean Moulin", "Liste des comptes élèves – division 3A", "Édité le",
                "Mot de passe provisoire", rows.get(0).get(0),
                "Document confidentiel : contient des mots de passe provisoires. À détruire après distribution.");
        screenshot("classlists-after-downloads");
    }

    @Test
    @DisplayName("R-LIST-1: lists by group: only groups with pupils, filtered by a part of their name, with the group "
            + "column")
    void groupList() throws Exception {
        adminLogin("principal.college");
        open("/admin/students/lists.xhtml");
        clickRadio("lists:kind", "Groupe");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("lists:groupFilter"))).sendKeys("latin");
        browser.findElement(By.id("lists:filter")).click();
        wait.until(d -> {
            List<String> items = groupItems();
            return !items.isEmpty() && items.stream().allMatch(item -> item.contains("LATIN"));
        });
        assertThat(groupItems()).isNotEmpty().contains("3_LATIN — LATIN 3");
        chooseInMenu("lists:group", "contains(., '3_LATIN')");
        browser.findElement(By.id("lists:show")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("list-title"),
                "Liste des comptes élèves – groupe 3_LATIN (LATIN 3)"));
        List<String> headers = browser.findElements(By.cssSelector("#lists\\:table thead th")).stream()
                .map(WebElement::getText).toList();
        assertThat(headers).containsExactly("Élève", "Division", "Groupe", "Date de naissance", "Identifiant",
                "Mot de passe provisoire", "Continuité d’accès");
        List<WebElement> rows = browser.findElements(By.cssSelector("#lists\\:table tbody tr"));
        assertThat(rows).isNotEmpty().allSatisfy(tr -> {
            List<WebElement> cells = tr.findElements(By.tagName("td"));
            assertThat(cells.get(1).getText()).startsWith("3");
            assertThat(cells.get(2).getText()).isEqualTo("3_LATIN");
        });
        assertThat(browser.findElement(By.id("lists:pdf")).isEnabled()).isTrue();
        screenshot("classlists-group");
    }

    @Test
    @DisplayName("R-ROLE-1: the accountant has no menu entry and the page turns him away")
    void accountantTurnedAway() throws Exception {
        adminLogin("comptable");
        assertThat(browser.findElements(By.id("menu-students-lists"))).isEmpty();
        open("/admin/students/lists.xhtml");
        assertThat(text("denied")).contains("ne donne pas accès aux listes des comptes élèves");
        assertThat(browser.findElements(By.id("lists"))).isEmpty();
        screenshot("classlists-accountant");
    }

    /** The first letter of a name, accent and case ignored. */
    private static String initial(String name) {
        return Normalizer.normalize(name.substring(0, 1), Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
    }

    /** The groups offered, read in one go: the Ajax filter replaces the options while we wait. */
    @SuppressWarnings("unchecked")
    private List<String> groupItems() {
        List<String> items = (List<String>) js("return Array.from(document.querySelectorAll("
                + "'select[id=\"lists:group_input\"] option')).map(function (o) { return o.textContent; });");
        return items.stream().filter(t -> !t.startsWith("Choisir")).toList();
    }

    private byte[] downloaded(String name) throws Exception {
        Path file = DOWNLOADS.resolve(name);
        wait.until(d -> Files.exists(file) && !Files.exists(DOWNLOADS.resolve(name + ".crdownload")));
        return Files.readAllBytes(file);
    }

    private static void clearDownloads() throws Exception {
        Files.createDirectories(DOWNLOADS);
        try (Stream<Path> files = Files.list(DOWNLOADS)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
    }

    private void clickRadio(String radioId, String label) {
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//*[@id='" + radioId + "']//label[normalize-space(.)='"
                + label + "']"))).click();
        wait.until(d -> Boolean.TRUE.equals(js("return !window.PrimeFaces || PrimeFaces.ajax.Queue.isEmpty();")));
    }

    /** Opens a PrimeFaces select menu and clicks the item matching the XPath predicate, once the panel stands still. */
    private void chooseInMenu(String menuId, String itemPredicate) {
        wait.until(ExpectedConditions.elementToBeClickable(By.id(menuId))).click();
        wait.until(ExpectedConditions.attributeContains(By.id(menuId + "_panel"), "class",
                "ui-connected-overlay-enter-done"));
        wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//*[@id='" + menuId + "_items']//li[" + itemPredicate + "]"))).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id(menuId + "_panel")));
    }

    private void adminLogin(String username) {
        open("/admin/");
        browser.findElement(By.id("login:username")).sendKeys(username);
        browser.findElement(By.cssSelector("#login input[type=password]")).sendKeys("Demo-2026");
        browser.findElement(By.id("login:submit")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("logout:logoutButton")));
    }

    private void open(String path) {
        browser.get(DeployedEar.BASE_URL + path);
    }

    /** The element's text; Selenium reads non-breaking spaces as plain ones. */
    private String text(String id) {
        return browser.findElement(By.id(id)).getText().replace('\u00a0', ' ');
    }

    private Object js(String script, Object... arguments) {
        return ((JavascriptExecutor) browser).executeScript(script, arguments);
    }

    private void screenshot(String name) throws Exception {
        Chromium.screenshot(browser, name);
    }
}

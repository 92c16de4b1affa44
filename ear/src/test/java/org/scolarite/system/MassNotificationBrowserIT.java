package org.scolarite.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.ChromiumDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * « Notifier les accès en masse » in Debian's headless Chromium on the demo data (R-MASS-1, R-MASS-2, R-JOB-2,
 * R-SEC-1): a division of the collège notified on paper with its PDF downloaded and read back, the pupils' reset
 * warning, and a whole-school job of the lycée stopped then resumed. Screenshots land in target/screenshots.
 */
@ExtendWith(DeployedEar.class)
class MassNotificationBrowserIT {

    private static final Pattern COUNT = Pattern.compile("(\\d+) compte\\(s\\) sélectionné\\(s\\) sur (\\d+)");

    private WebDriver browser;
    private WebDriverWait wait;
    private Path downloads;

    @BeforeEach
    void openBrowser() throws Exception {
        browser = Chromium.start(1400, 1000);
        // Ajax updates replace the counters and rows under a waiting condition: such a stale read is retried.
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.ignoring(StaleElementReferenceException.class);
        downloads = Files.createDirectories(Path.of("target", "downloads", "mass"));
        try (Stream<Path> old = Files.list(downloads)) {
            for (Path file : old.toList()) {
                Files.delete(file);
            }
        }
        // Headless Chromium saves downloads only where it is told to.
        ((ChromiumDriver) browser).executeCdpCommand("Browser.setDownloadBehavior",
                Map.of("behavior", "allow", "downloadPath", downloads.toAbsolutePath().toString()));
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    @DisplayName("R-MASS-1, R-SEC-1: the head notifies the « Non notifié » guardians of a division on paper; the counts, "
            + "the downloaded PDF of their letters, the reminder to delete it and the not-notified summary show")
    void guardians_of_a_division_on_paper() throws Exception {
        login("principal.college");
        browser.get(DeployedEar.BASE_URL + "/admin/guardians/mass.xhtml");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("mass:table")));
        String division = chooseMenuItem("mass:division", 2);
        showOnlyState(0, 4);
        browser.findElement(By.id("mass:select-all")).click();
        wait.until(d -> count()[0] > 0 && count()[0] == count()[1]);
        int selected = count()[0];
        String firstPupil = browser.findElement(By.cssSelector("#mass\\:table_data tr td:nth-child(2)")).getText();
        assertThat(browser.findElements(By.cssSelector("#mass\\:table_data .state-dot.state-NOT_NOTIFIED")))
                .isNotEmpty();
        // R-MASS-1: every row has its own visible, ticked checkbox (« cocher / décocher » row by row).
        assertThat(browser.findElements(By.cssSelector("#mass\\:table_data .ui-chkbox-box")))
                .isNotEmpty().allSatisfy(box -> {
                    assertThat(box.isDisplayed()).isTrue();
                    assertThat(box.getAttribute("class")).contains("ui-state-active");
                });
        screenshot("mass-guardians-selected");
        clickRadio("mass:transmission", 2);

        browser.findElement(By.id("mass:notify")).click();
        WebElement confirm = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ui-confirm-dialog")));
        assertThat(confirm.getText()).contains(selected + " compte(s)", "Papier uniquement");
        screenshot("mass-guardians-confirm");
        browser.findElement(By.id("mass:confirmYes")).click();

        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("result-counts")));
        int letters = number("count-letters");
        int skipped = number("count-skipped");
        assertThat(number("count-emails")).isZero();
        assertThat(letters + skipped).isEqualTo(selected);
        assertThat(letters).isPositive();
        // getText() turns the non-breaking space before « : » into a plain one.
        assertThat(browser.findElement(By.id("delete-reminder")).getText())
                .isEqualTo("Ce document contient des mots de passe provisoires : supprimez-le après impression.");
        Path pdf = downloaded();
        assertThat(pdf.getFileName().toString()).startsWith("courriers-notification-" + division + "-").endsWith(".pdf");
        String text = pdfText(pdf);
        assertThat(text).contains(firstPupil, "Coupon à retourner");
        if (skipped > 0) {
            assertThat(browser.findElements(By.cssSelector("[id$='skipped_data'] tr"))).hasSize(skipped);
        }
        screenshot("mass-guardians-result");
        assertThat(browser.findElement(By.id("selected-count")).getText()).startsWith("0 compte(s)");
    }

    @Test
    @DisplayName("R-MASS-2: pupils — resetting the passwords of Utilisé accounts shows the guide's caution and asks "
            + "for a confirmation; without reset, letters only")
    void pupils_reset_warning_and_letters() throws Exception {
        login("principal.college");
        browser.get(DeployedEar.BASE_URL + "/admin/students/mass.xhtml");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("mass:table")));
        chooseMenuItem("mass:division", 3);
        browser.findElement(By.id("mass:select-all")).click();
        wait.until(d -> count()[0] > 0 && count()[0] == count()[1]);
        int selected = count()[0];
        String firstPupil = browser.findElement(By.cssSelector("#mass\\:table_data tr td:nth-child(2)")).getText()
                .split(" ")[0];
        clickRadio("mass:reset", 1);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("mass:reset-warning"), "précaution"));
        browser.findElement(By.id("mass:notify")).click();
        WebElement confirm = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ui-confirm-dialog")));
        assertThat(confirm.getText()).contains("Réinitialiser les mots de passe", selected + " élève(s)", "précaution");
        screenshot("mass-students-reset-confirm");
        browser.findElement(By.id("mass:confirmNo")).click();
        wait.until(ExpectedConditions.invisibilityOf(confirm));

        // A fresh page for the real run. Reopening the global confirmation on the same page, after an update of the
        // form, intermittently leaves its mask above its buttons (PrimeFaces 15; to investigate on its own).
        browser.navigate().refresh();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("mass:table")));
        chooseMenuItem("mass:division", 3);
        browser.findElement(By.id("mass:select-all")).click();
        wait.until(d -> count()[0] == selected && count()[1] == selected);
        assertThat(browser.findElements(By.cssSelector("#mass\\:reset-warning .notice"))).as("no reset by default")
                .isEmpty();
        browser.findElement(By.id("mass:notify")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("mass:confirmYes"))).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("result-counts")));
        assertThat(number("count-letters") + number("count-skipped")).isEqualTo(selected);
        assertThat(pdfText(downloaded())).contains(firstPupil, "Collège Jean Moulin");
        screenshot("mass-students-result");
    }

    @Test
    @DisplayName("R-JOB-2: a whole-school job shows its progress, is stopped after a division, resumed, and ends with "
            + "every listed couple handled once")
    void whole_school_job_stopped_and_resumed() throws Exception {
        login("principal.lycee");
        browser.get(DeployedEar.BASE_URL + "/admin/guardians/mass.xhtml");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("mass:table")));
        chooseMenuItem("mass:division", 0);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("mass:whole-school"), "Tout l’établissement"));
        toggleCheckbox("mass:legal2");
        wait.until(d -> count()[1] > 0);
        int listed = count()[1];
        assertThat(count()[0]).isEqualTo(listed);
        clickRadio("mass:transmission", 2);
        browser.findElement(By.id("mass:notify")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("mass:confirmYes"))).click();

        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("progress-text")));
        screenshot("mass-job-running");
        browser.findElement(By.cssSelector("[id$=':stop']")).click();
        WebDriverWait slow = new WebDriverWait(browser, Duration.ofMinutes(5));
        slow.ignoring(StaleElementReferenceException.class);
        slow.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[id$=':restart']")));
        String stoppedAt = browser.findElement(By.id("mass:jobs-table_data")).getText();
        assertThat(stoppedAt).contains("Interrompue");
        screenshot("mass-job-stopped");

        browser.findElement(By.cssSelector("[id$=':restart']")).click();
        slow.until(ExpectedConditions.textToBePresentInElementLocated(By.id("mass:jobs-table_data"), "Terminée"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("result-counts")));
        screenshot("mass-job-done");
        assertThat(number("count-letters") + number("count-emails") + number("count-skipped"))
                .as("each listed couple handled once across the stop and the restart").isEqualTo(listed);
        Matcher progress = Pattern.compile("division (\\d+) / (\\d+)")
                .matcher(browser.findElement(By.id("mass:jobs-table_data")).getText());
        assertThat(progress.find()).isTrue();
        assertThat(progress.group(1)).isEqualTo(progress.group(2));
        assertThat(pdfText(downloaded())).contains("Coupon à retourner");
    }

    // ------------------------------------------------------------------------------------------------------------

    @Test
    @DisplayName("R-MASS-1, R-MAIL-1: « Écrire à plusieurs responsables » says how many will receive it, then queues "
            + "one e-mail each, listed in « Envois de courriels »; R-SEC-1: « Courriers à imprimer » reminds to delete")
    void write_to_several_guardians_then_letters_to_print() throws Exception {
        login("principal.college");
        browser.get(DeployedEar.BASE_URL + "/admin/guardians/mass.xhtml");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("mass:table")));
        chooseMenuItem("mass:division", 3);
        browser.findElement(By.id("mass:select-all")).click();
        wait.until(d -> count()[0] > 0 && count()[0] == count()[1]);
        browser.findElement(By.id("mass:write")).click();
        WebElement recipients = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("write-recipients")));
        int expected = Integer.parseInt(recipients.getText().replaceAll("[^0-9]+", " ").trim().split(" ")[0]);
        assertThat(expected).as("guardians of the division with an e-mail address").isPositive();
        String subject = "Réunion parents-professeurs " + System.nanoTime();
        browser.findElement(By.id("write:subject")).sendKeys(subject);
        browser.findElement(By.id("write:text")).sendKeys("Madame, Monsieur,\n\nLa réunion aura lieu jeudi à 18 h.");
        screenshot("mass-write");
        browser.findElement(By.id("write:send")).click();
        // The dialog closes and the page says how many were queued.
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("mass:messages"),
                expected + " courriel(s) mis en file d"));

        browser.get(DeployedEar.BASE_URL + "/admin/mail/outbox.xhtml");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("outbox")));
        assertThat(browser.getPageSource()).contains(subject);

        browser.get(DeployedEar.BASE_URL + "/admin/letters/batches.xhtml");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("letters:runs")));
        assertThat(browser.findElement(By.id("delete-reminder")).getText()).contains("supprimez-le après impression");
        screenshot("letters-to-print");
    }

    private void login(String username) {
        browser.get(DeployedEar.BASE_URL + "/admin/");
        browser.findElement(By.id("login:username")).sendKeys(username);
        browser.findElement(By.cssSelector("#login input[type=password]")).sendKeys("Demo-2026");
        browser.findElement(By.id("login:submit")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("logout:logoutButton")));
    }

    /** Picks the item at {@code index} of a PrimeFaces selectOneMenu; returns its label. */
    private String chooseMenuItem(String id, int index) {
        browser.findElement(By.id(id)).click();
        wait.until(ExpectedConditions.attributeToBe(By.id(id + "_label"), "aria-expanded", "true"));
        WebElement item = wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("#" + id.replace(":", "\\:") + "_items li[data-label]:nth-child(" + (index + 1) + ")")));
        String label = item.getAttribute("data-label");
        item.click();
        wait.until(ExpectedConditions.textToBe(By.id(id + "_label"), label));
        waitForAjax();
        return label;
    }

    /** Leaves only the state at {@code keep} ticked among the filter's {@code states} boxes. */
    private void showOnlyState(int keep, int states) {
        for (int i = 0; i < states; i++) {
            if (i != keep) {
                browser.findElement(By.cssSelector("#mass\\:states label[for='mass:states:" + i + "']")).click();
                waitForAjax();
            }
        }
    }

    private void toggleCheckbox(String id) {
        browser.findElement(By.cssSelector("#" + id.replace(":", "\\:") + " .ui-chkbox-box")).click();
        waitForAjax();
    }

    private void clickRadio(String id, int index) {
        browser.findElement(By.cssSelector("label[for='" + id + ":" + index + "']")).click();
        waitForAjax();
    }

    private void waitForAjax() {
        wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "return !window.PrimeFaces || PrimeFaces.ajax.Queue.isEmpty();")));
    }

    /** « n compte(s) sélectionné(s) sur m » as {n, m}. */
    private int[] count() {
        Matcher m = COUNT.matcher(browser.findElement(By.id("selected-count")).getText().replace("\u202f", "")
                .replace("\u00a0", ""));
        return m.find() ? new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))} : new int[] {-1, -2};
    }

    private int number(String id) {
        return Integer.parseInt(browser.findElement(By.id(id)).getText().trim());
    }

    /** The PDF the page downloaded by itself once the notification ended. */
    private Path downloaded() {
        return new WebDriverWait(browser, Duration.ofSeconds(60)).until(d -> {
            try (Stream<Path> files = Files.list(downloads)) {
                List<Path> pdfs = files.filter(f -> f.toString().endsWith(".pdf")).toList();
                return pdfs.isEmpty() ? null : pdfs.get(0);
            } catch (Exception e) {
                return null;
            }
        });
    }

    private static String pdfText(Path file) throws Exception {
        StringBuilder text = new StringBuilder();
        try (PdfDocument pdf = new PdfDocument(new PdfReader(file.toFile()))) {
            for (int page = 1; page <= Math.min(pdf.getNumberOfPages(), 6); page++) {
                text.append(PdfTextExtractor.getTextFromPage(pdf.getPage(page))).append('\n');
            }
        }
        return text.toString();
    }

    private void screenshot(String name) throws Exception {
        Chromium.screenshot(browser, name);
    }
}

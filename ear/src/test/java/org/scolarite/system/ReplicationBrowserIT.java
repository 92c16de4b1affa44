package org.scolarite.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * « Traitements » in Debian's headless Chromium (R-REPL-1, R-REPL-2): a head deposits a pupils export written here in
 * the real SIECLE format with one pupil lacking his birth date, sees it waiting, starts the replication, follows it to
 * « Terminé », finds the rejection with its reason and place in the file, downloads the CSV report; an export of
 * another establishment is refused in French.
 *
 * <p>Collège Victor Hugo (0141100V, {@code principal.nouveau}) is used on purpose: it has no pupil in the demo, so
 * that a pupils export of two pupils replicated there cannot mark the demo collège's 600 pupils as departed (a pupil
 * absent from the export has left) nor change any count other tests read.
 */
@ExtendWith(DeployedEar.class)
class ReplicationBrowserIT {

    private static final String UAI = "0141100V";
    private static final String OTHER_UAI = "0140070A";
    private static final String FILE = "ElevesSansAdresses.xml";
    private static final String BAD_PUPIL = "9900002";
    private static final Charset EXPORT_CHARSET = Charset.forName("ISO-8859-15");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private WebDriver browser;
    private WebDriverWait wait;
    private Path exports;

    @BeforeEach
    void openBrowser() throws Exception {
        browser = Chromium.start(1400, 1000);
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        // The poll replaces the runs table every two seconds under a waiting condition: such a stale read is retried.
        wait.ignoring(StaleElementReferenceException.class);
        exports = Files.createDirectories(Path.of("target", "exports", "replication"));
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    @DisplayName("R-REPL-2: a deposited pupils export waits, is replicated from the console to « Terminé »; the pupil "
            + "without DATE_NAISS is reported with its reason and location, on the page and in the CSV; another "
            + "establishment's export is refused in French")
    void deposit_run_and_rejection_report() throws Exception {
        login("principal.nouveau");
        browser.get(DeployedEar.BASE_URL + "/admin/replication/runs.xhtml");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("repl:pending")));
        int year = schoolYear();
        LocalDate exportDay = LocalDate.now();
        assertThat(browser.findElement(By.cssSelector(".repl-deposit")).getText()).contains(UAI, "Collège Victor Hugo");

        // An export of another establishment: refused at the door, in French, next to the field; nothing waits.
        Path other = write("ElevesAutreEtablissement.xml", pupilsExport(OTHER_UAI, year, exportDay));
        upload(other);
        WebElement refusal = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#deposits li.deposit-refused")));
        assertThat(refusal.getText()).contains("ElevesAutreEtablissement.xml", OTHER_UAI);
        assertThat(pendingText()).doesNotContain("ElevesAutreEtablissement.xml");
        screenshot("console-replication-refused");

        // The real export: two pupils, the second without his birth date.
        String export = pupilsExport(UAI, year, exportDay);
        Path file = write(FILE, export);
        upload(file);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#deposits li.deposit-accepted")));
        wait.until(d -> pendingText().contains(FILE));
        assertThat(pendingText()).contains(FILE, "Élèves", UAI, year + "-" + (year + 1), exportDay.format(DAY));
        screenshot("console-replication-pending");

        browser.findElement(By.id("repl:launch-school")).click();
        WebElement started = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(
                "#repl\\:messages .ui-messages-info")));
        Matcher number = Pattern.compile("n° (\\d+)").matcher(started.getText());
        assertThat(number.find()).as(started.getText()).isTrue();
        String runId = number.group(1);
        WebDriverWait slow = new WebDriverWait(browser, Duration.ofMinutes(3));
        slow.ignoring(StaleElementReferenceException.class);
        // The poll follows the run until it ends, and stops.
        WebElement row = slow.until(d -> {
            WebElement listed = runRow(runId);
            return listed != null && !listed.getText().contains("En cours") ? listed : null;
        });
        assertThat(row.findElement(By.cssSelector(".run-status-text")).getText()).isEqualTo("Terminé");
        assertThat(row.getText()).contains("Console", "principal.nouveau");
        assertThat(browser.findElement(By.id("repl:launch-school")).isEnabled()).isTrue();
        assertThat(pendingText()).as("the run took the export").doesNotContain(FILE);
        screenshot("console-replication-runs");

        row.findElement(By.cssSelector("a.run-link")).click();
        wait.until(ExpectedConditions.urlContains("/replication/run.xhtml"));
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("run-status"))).getText())
                .isEqualTo("Terminé");
        assertThat(number("total-read")).isEqualTo(2);
        assertThat(number("total-rejected")).isGreaterThanOrEqualTo(1);
        assertThat(browser.findElement(By.cssSelector(".repl-school")).getText()).contains(UAI, "Élèves", FILE);

        WebElement rejection = wait.until(d -> d.findElements(By.cssSelector("#run\\:rejections_data tr")).stream()
                .filter(tr -> tr.getText().contains("ELEVE_ID=" + BAD_PUPIL)).findFirst().orElse(null));
        String location = rejection.findElement(By.cssSelector(".repl-location")).getText();
        // « fichier, ligne, colonne, élément »: where the pupil's start tag is, and the CSV gives the same line.
        Matcher place = Pattern.compile(Pattern.quote(FILE) + ", ligne (\\d+), colonne (\\d+), ELEVE ELEVE_ID="
                + BAD_PUPIL).matcher(location);
        assertThat(place.matches()).as(location).isTrue();
        int line = Integer.parseInt(place.group(1));
        assertThat(line).as("the pupil's element").isEqualTo(lineOf(export, "ELEVE_ID=\"" + BAD_PUPIL + "\""));
        String reason = rejection.findElement(By.cssSelector(".repl-reason")).getText();
        assertThat(reason.toLowerCase()).containsAnyOf("naissance", "date_naiss");
        assertThat(rejection.getText()).contains(UAI, "Élèves", "Rejeté");
        screenshot("console-replication-run");

        // « Télécharger le rapport (CSV) »: streamed to whoever holds the console session.
        String href = browser.findElement(By.id("run:csv")).getAttribute("href");
        String session = browser.manage().getCookieNamed("TSADMIN").getValue();
        HttpResponse<byte[]> csv = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href))
                .header("Cookie", "TSADMIN=" + session).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        assertThat(csv.headers().firstValue("Content-Disposition").orElse(""))
                .matches("attachment; filename=\"rejets-replication-" + runId + "-\\d{4}-\\d{2}-\\d{2}\\.csv\"");
        byte[] body = csv.body();
        assertThat(body).startsWith(0xEF, 0xBB, 0xBF);
        List<String> lines = new String(body, StandardCharsets.UTF_8).substring(1).lines().toList();
        assertThat(lines.get(0)).contains(";");
        assertThat(lines).anySatisfy(l -> assertThat(l).contains(UAI, FILE, ";" + line + ";", BAD_PUPIL, reason));

        // Without the session, nothing: the console's login answers instead of the report.
        HttpResponse<String> anonymous = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(anonymous.body()).doesNotContain(BAD_PUPIL);
    }

    @Test
    @DisplayName("R-ROLE-1: the accountant is refused the « Traitements » page")
    void other_roles_are_refused() {
        login("comptable");
        browser.get(DeployedEar.BASE_URL + "/admin/replication/runs.xhtml");
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("denied"))).getText())
                .contains("réservée");
        assertThat(browser.findElements(By.id("repl"))).isEmpty();
    }

    /**
     * An {@code ElevesSansAdresses} export as SIECLE writes it (ISO-8859-15, version 3.0): a pupil in order and one
     * whose {@code DATE_NAISS} is missing, both with their division.
     */
    private static String pupilsExport(String uai, int year, LocalDate day) {
        return """
                <?xml version="1.0" encoding="ISO-8859-15"?>
                <BEE_ELEVES VERSION="3.0">
                  <PARAMETRES>
                    <UAJ>%1$s</UAJ>
                    <ANNEE_SCOLAIRE>%2$d</ANNEE_SCOLAIRE>
                    <DATE_EXPORT>%3$s</DATE_EXPORT>
                    <HORODATAGE>%3$s 07:30:00</HORODATAGE>
                  </PARAMETRES>
                  <DONNEES>
                    <ELEVES>
                      <ELEVE ELEVE_ID="9900001" ELENOET="99001">
                        <ID_NATIONAL>099900001AA</ID_NATIONAL>
                        <NOM_DE_FAMILLE>LEMAÎTRE</NOM_DE_FAMILLE>
                        <NOM_USAGE></NOM_USAGE>
                        <PRENOM>Zoé</PRENOM>
                        <DATE_NAISS>12/03/2014</DATE_NAISS>
                        <CODE_SEXE>2</CODE_SEXE>
                        <CODE_MEF>10010012110</CODE_MEF>
                        <CODE_STATUT>ST</CODE_STATUT>
                        <CODE_REGIME>2</CODE_REGIME>
                        <DATE_ENTREE>01/09/%2$d</DATE_ENTREE>
                      </ELEVE>
                      <ELEVE ELEVE_ID="%4$s" ELENOET="99002">
                        <ID_NATIONAL>099900002BB</ID_NATIONAL>
                        <NOM_DE_FAMILLE>D'ARGENSON-NOËL</NOM_DE_FAMILLE>
                        <PRENOM>Anaïs</PRENOM>
                        <CODE_SEXE>2</CODE_SEXE>
                        <CODE_MEF>10010012110</CODE_MEF>
                        <CODE_STATUT>ST</CODE_STATUT>
                        <CODE_REGIME>0</CODE_REGIME>
                        <DATE_ENTREE>01/09/%2$d</DATE_ENTREE>
                      </ELEVE>
                    </ELEVES>
                    <STRUCTURES>
                      <STRUCTURES_ELEVE ELEVE_ID="9900001">
                        <STRUCTURE><CODE_STRUCTURE>6A</CODE_STRUCTURE><TYPE_STRUCTURE>D</TYPE_STRUCTURE></STRUCTURE>
                      </STRUCTURES_ELEVE>
                      <STRUCTURES_ELEVE ELEVE_ID="%4$s">
                        <STRUCTURE><CODE_STRUCTURE>6A</CODE_STRUCTURE><TYPE_STRUCTURE>D</TYPE_STRUCTURE></STRUCTURE>
                      </STRUCTURES_ELEVE>
                    </STRUCTURES>
                  </DONNEES>
                </BEE_ELEVES>
                """.formatted(uai, year, day.format(DAY), BAD_PUPIL);
    }

    private Path write(String name, String content) throws Exception {
        return Files.write(exports.resolve(name), content.getBytes(EXPORT_CHARSET)).toAbsolutePath();
    }

    /** The 1-based line where {@code text} stands in the export. */
    private static int lineOf(String export, String text) {
        List<String> lines = export.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError(text + " not in the export");
    }

    /** « Déposer un export »: the upload starts as soon as the file is chosen. */
    private void upload(Path file) {
        int before = browser.findElements(By.cssSelector("#deposits li")).size();
        browser.findElement(By.cssSelector("#repl\\:upload input[type=file]")).sendKeys(file.toString());
        wait.until(d -> d.findElements(By.cssSelector("#deposits li")).size() > before);
        waitForAjax();
    }

    /** The school year the console's header shows (« Année scolaire 2026-2027 »), by its start year. */
    private int schoolYear() {
        Matcher year = Pattern.compile("(\\d{4})-\\d{4}").matcher(
                browser.findElement(By.cssSelector(".console-year")).getText());
        assertThat(year.find()).isTrue();
        return Integer.parseInt(year.group(1));
    }

    private String pendingText() {
        return browser.findElement(By.id("repl:pending")).getText();
    }

    /** The run's row in the runs table, null while it is not listed yet. */
    private WebElement runRow(String runId) {
        return browser.findElements(By.cssSelector("#repl\\:runs_data tr")).stream()
                .filter(tr -> tr.findElements(By.cssSelector("a.run-link")).stream()
                        .anyMatch(link -> link.getText().equals(runId)))
                .findFirst().orElse(null);
    }

    private int number(String id) {
        return Integer.parseInt(browser.findElement(By.id(id)).getText().trim());
    }

    private void login(String username) {
        browser.get(DeployedEar.BASE_URL + "/admin/");
        browser.findElement(By.id("login:username")).sendKeys(username);
        browser.findElement(By.cssSelector("#login input[type=password]")).sendKeys("Demo-2026");
        browser.findElement(By.id("login:submit")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("logout:logoutButton")));
    }

    private void waitForAjax() {
        wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "return !window.PrimeFaces || PrimeFaces.ajax.Queue.isEmpty();")));
    }

    private void screenshot(String name) throws Exception {
        Chromium.screenshot(browser, name);
    }
}

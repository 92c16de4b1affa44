package org.scolarite.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
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
 * « Statistiques » (SPEC §6) in Debian's headless Chromium on the demo data: the collège's head reads the pupil and
 * guardian syntheses and exports them (the workbook read back with POI), watches a family's visit appear in the access
 * charts without any nightly run, the rectorat sorts and exports the académie dashboard, and a school head who types
 * its address is refused. Downloads in target/downloads, screenshots (and the workbooks) in target/screenshots.
 */
@ExtendWith(DeployedEar.class)
class StatisticsBrowserIT {

    private static final Path DOWNLOADS = Path.of("target", "downloads-statistics").toAbsolutePath();
    private static final String FILE_NAME = "statistiques-[0-9]{7}[A-Z]-\\d{4}-\\d{2}-\\d{2}\\.xlsx";

    private final List<WebDriver> browsers = new ArrayList<>();
    private WebDriver browser;
    private WebDriverWait wait;

    @BeforeEach
    void openBrowser() throws Exception {
        browser = Chromium.start(1500, 1100);
        browsers.add(browser);
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        Files.createDirectories(DOWNLOADS);
        try (Stream<Path> files = Files.list(DOWNLOADS)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
        // Headless Chromium refuses downloads unless told where to put them.
        ((ChromeDriver) browser).executeCdpCommand("Browser.setDownloadBehavior",
                Map.of("behavior", "allow", "downloadPath", DOWNLOADS.toString()));
    }

    @AfterEach
    void closeBrowsers() {
        browsers.forEach(WebDriver::quit);
    }

    @Test
    @DisplayName("R-STAT-1: establishment line, a table per MEF whose « Somme » adds its divisions, and the Excel "
            + "workbook with the same figures, a sheet per table")
    void studentSynthesisAndExport() throws Exception {
        adminLogin("principal.college");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("menu-stats-students"))).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Synthèse comptes élèves"));
        List<String> establishment = cells("#stats\\:establishment tbody tr").get(0);
        long students = number(establishment.get(0));
        assertThat(students).isPositive();
        assertThat(number(establishment.get(1)) + number(establishment.get(2)) + number(establishment.get(3)))
                .as("non notifiés + notifiés + utilisés").isEqualTo(students);
        // Each MEF's « Somme » adds its divisions; the MEF sums add up to the establishment.
        List<WebElement> tables = browser.findElements(By.cssSelector(".mef-table"));
        assertThat(tables).isNotEmpty();
        long sumOfSums = 0;
        for (WebElement table : tables) {
            List<WebElement> footer = table.findElements(By.cssSelector("tfoot td"));
            assertThat(footer.get(0).getText()).isEqualTo("Somme :");
            long divisions = table.findElements(By.cssSelector("tbody tr")).stream()
                    .mapToLong(tr -> number(tr.findElements(By.tagName("td")).get(1).getText())).sum();
            assertThat(number(footer.get(1).getText())).isEqualTo(divisions);
            sumOfSums += divisions;
        }
        assertThat(sumOfSums).isEqualTo(students);
        assertThat(text("help")).contains("Nombre de comptes non notifiés", "% d’élèves avec comptes utilisés");
        screenshot("statistics-students");

        browser.findElement(By.id("stats:export")).click();
        Path file = downloaded();
        assertThat(file.getFileName().toString()).matches(FILE_NAME);
        Files.copy(file, Path.of("target", "screenshots", "statistics-students.xlsx"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(Files.readAllBytes(file)))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(1 + tables.size());
            Sheet first = workbook.getSheetAt(0);
            assertThat(first.getSheetName()).isEqualTo("Établissement");
            assertThat(first.getRow(0).getCell(1).getStringCellValue()).isEqualTo("Nombre d’élèves");
            assertThat((long) first.getRow(1).getCell(1).getNumericCellValue()).isEqualTo(students);
            assertThat(first.getPaneInformation().isFreezePane()).isTrue();
            Sheet mef = workbook.getSheetAt(1);
            assertThat(mef.getRow(mef.getLastRowNum()).getCell(0).getStringCellValue()).isEqualTo("Somme :");
            assertThat(mef.getRow(1).getCell(5).getCellStyle().getDataFormatString()).isEqualTo("0.00 %");
        }
    }

    @Test
    @DisplayName("R-STAT-2: the guardians' synthesis with each figure's definition in the help panel, exported")
    void guardianSynthesis() throws Exception {
        adminLogin("principal.college");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("menu-stats-guardians"))).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"),
                "Synthèse comptes responsables"));
        List<String> headers = browser.findElements(By.cssSelector("#stats\\:establishment thead th")).stream()
                .map(WebElement::getText).toList();
        assertThat(headers).containsExactly("Nombre de comptes responsables", "Nombre de comptes non notifiés",
                "Nombre de comptes notifiés ou en cours d’activation",
                "Nombre de comptes notifiés ou en cours d’activation année courante", "Nombre de comptes utilisés",
                "% de comptes resp. avec un compte utilisé", "% élèves ayant au moins un resp. avec un compte utilisé");
        List<String> line = cells("#stats\\:establishment tbody tr").get(0);
        long guardians = number(line.get(0));
        assertThat(guardians).isPositive();
        assertThat(number(line.get(1)) + number(line.get(2)) + number(line.get(4))).isEqualTo(guardians);
        assertThat(number(line.get(3))).isLessThanOrEqualTo(number(line.get(2)));
        assertThat(line.get(5)).endsWith("%");
        assertThat(text("help")).contains("représentant légal 1 ou 2", "refusé", "date de rentrée",
                "au moins un représentant légal");
        screenshot("statistics-guardians");
        browser.findElement(By.id("stats:export")).click();
        Path file = downloaded();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(Files.readAllBytes(file)))) {
            assertThat((long) workbook.getSheetAt(0).getRow(1).getCell(1).getNumericCellValue()).isEqualTo(guardians);
            assertThat(workbook.getSheetAt(0).getRow(0).getCell(7).getStringCellValue())
                    .isEqualTo("% élèves ayant au moins un resp. avec un compte utilisé");
        }
    }

    @Test
    @DisplayName("R-STAT-3: a family's visit shows in the access charts and tables at the next refresh (real time); "
            + "the charts render with their tooltip total; the tables export")
    void accessChartsInRealTime() throws Exception {
        adminLogin("principal.college");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("menu-stats-accesses"))).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Synthèse accès téléservices"));
        long before = number(text("total"));

        // A guardian of the collège (whose activation needs an e-mail) opens the portal: its home page is an access.
        String guardian = FamilyFixtures.account("GUARDIAN", FamilyFixtures.uniqueEmail("statistiques"), true);
        WebDriver family = Chromium.start(1000, 800);
        browsers.add(family);
        FamilyFixtures.portalLogin(family, guardian, FamilyFixtures.PASSWORD);

        // The access log flushes every 5 s; « Actualiser » re-reads it.
        new WebDriverWait(browser, Duration.ofSeconds(30)).pollingEvery(Duration.ofSeconds(2)).until(d -> {
            d.findElement(By.id("stats:refresh")).click();
            waitForAjax();
            return number(text("total")) > before;
        });
        for (String chart : List.of("stats:byMonth", "stats:byCategory", "stats:byMefstat")) {
            Object bars = js("var c = Chart.getChart(document.getElementById(arguments[0]).querySelector('canvas'));"
                    + " return c ? c.data.datasets.length + ':' + c.data.labels.length : null;", chart);
            assertThat(String.valueOf(bars)).as(chart).matches("2:[1-9]\\d*");
        }
        assertThat(cells("#stats\\:categoryTable tbody tr")).anySatisfy(row ->
                assertThat(row.get(0)).isEqualTo("Pages du portail"));
        // The tooltip's footer gives the bar's total (statistics.js), shown for the busiest month.
        Object footer = js("var c = Chart.getChart(document.getElementById('stats:byMonth').querySelector('canvas'));"
                + " return c.options.plugins.tooltip.callbacks.footer([{parsed: {y: 2}}, {parsed: {y: 3}}]);");
        assertThat(String.valueOf(footer).replace('\u00a0', ' ')).isEqualTo("Total : 5");
        js("var c = Chart.getChart(document.getElementById('stats:byCategory').querySelector('canvas'));"
                + " var meta = c.getDatasetMeta(0).data[0];"
                + " c.tooltip.setActiveElements([{datasetIndex: 0, index: 0}, {datasetIndex: 1, index: 0}],"
                + " {x: meta.x, y: meta.y}); c.update();");
        assertThat(js("var c = Chart.getChart(document.getElementById('stats:byCategory').querySelector('canvas'));"
                + " return c.tooltip.getActiveElements().length;")).isEqualTo(2L);
        screenshot("statistics-accesses");

        browser.findElement(By.id("stats:export")).click();
        Path file = downloaded();
        Files.copy(file, Path.of("target", "screenshots", "statistics-accesses.xlsx"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(Files.readAllBytes(file)))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(3);
            assertThat(workbook.getSheetName(0)).isEqualTo("Par mois");
            long total = 0;
            Sheet months = workbook.getSheetAt(0);
            for (int r = 1; r <= months.getLastRowNum(); r++) {
                total += (long) months.getRow(r).getCell(3).getNumericCellValue();
            }
            assertThat(total).isGreaterThan(before);
        }
    }

    @Test
    @DisplayName("Académie dashboard: the rectorat sees every establishment, sorts by activation rate, exports")
    void academyDashboard() throws Exception {
        adminLogin("rectorat");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("menu-academy-statistics"))).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Tableau de bord académique"));
        List<List<String>> rows = cells("#stats\\:academy_data tr");
        assertThat(rows.size()).isGreaterThanOrEqualTo(2);
        assertThat(text("academy-total")).startsWith("Total de l’académie : " + rows.size() + " établissements");
        // Sort by « % responsables », descending (two clicks): the first row has the highest rate.
        WebElement header = browser.findElement(By.xpath("//th[.//span[normalize-space(.)='% responsables']]"));
        header.click();
        waitForAjax();
        browser.findElement(By.xpath("//th[.//span[normalize-space(.)='% responsables']]")).click();
        waitForAjax();
        List<Double> rates = cells("#stats\\:academy_data tr").stream()
                .map(r -> Double.parseDouble(r.get(7).replace("%", "").replace(',', '.').trim())).toList();
        assertThat(rates).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        screenshot("statistics-academy");
        browser.findElement(By.id("stats:export")).click();
        Path file = downloaded();
        assertThat(file.getFileName().toString()).matches("statistiques-[A-Z0-9-]+-\\d{4}-\\d{2}-\\d{2}\\.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(Files.readAllBytes(file)))) {
            assertThat(workbook.getSheetAt(0).getLastRowNum()).isEqualTo(rows.size());
        }
    }

    @Test
    @DisplayName("Académie dashboard: a school head who types its address is refused by the server; the accountant "
            + "gets no establishment statistics")
    void refusals() throws Exception {
        adminLogin("principal.college");
        assertThat(browser.findElements(By.id("menu-academy-statistics"))).isEmpty();
        open("/admin/statistics/academy.xhtml");
        assertThat(text("denied")).contains("réservé aux administrateurs académiques");
        assertThat(browser.findElements(By.id("stats:academy"))).isEmpty();
        screenshot("statistics-academy-refused");
        browser.findElement(By.id("logout:logoutButton")).click();

        adminLogin("comptable");
        assertThat(browser.findElements(By.id("menu-stats-students"))).isEmpty();
        open("/admin/statistics/students.xhtml");
        assertThat(text("denied")).contains("ne donne pas accès aux statistiques");
        assertThat(browser.findElements(By.id("stats"))).isEmpty();
    }

    private Path downloaded() throws Exception {
        return new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> {
            try (Stream<Path> files = Files.list(DOWNLOADS)) {
                return files.filter(f -> f.getFileName().toString().endsWith(".xlsx")).findFirst().orElse(null);
            } catch (Exception e) {
                return null;
            }
        });
    }

    /** The text of each cell of the rows matched, non-breaking spaces read as plain ones. */
    private List<List<String>> cells(String rowsSelector) {
        return browser.findElements(By.cssSelector(rowsSelector)).stream()
                .map(tr -> tr.findElements(By.tagName("td")).stream()
                        .map(td -> td.getText().replace('\u00a0', ' ').replace('\u202f', ' ')).toList())
                .toList();
    }

    /** « 1 234 » → 1234. */
    private static long number(String text) {
        return Long.parseLong(text.replaceAll("[^0-9]", ""));
    }

    private void waitForAjax() {
        wait.until(d -> Boolean.TRUE.equals(js("return !window.PrimeFaces || PrimeFaces.ajax.Queue.isEmpty();")));
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

    private String text(String id) {
        return browser.findElement(By.id(id)).getText().replace('\u00a0', ' ').replace('\u202f', ' ');
    }

    private Object js(String script, Object... arguments) {
        return ((JavascriptExecutor) browser).executeScript(script, arguments);
    }

    private void screenshot(String name) throws Exception {
        Chromium.screenshot(browser, name);
    }
}

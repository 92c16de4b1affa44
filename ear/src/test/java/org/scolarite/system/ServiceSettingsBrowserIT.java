package org.scolarite.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.Month;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The service-settings screens (« Gestion des services »: Configuration Notes, Paiement en ligne, Emploi du temps,
 * Bourses) in Debian's headless Chromium. Screenshots land in target/screenshots (servicesettings-*.png).
 * All system tests share one database: what can be done in the lycée is done there; the collège's grades end as they
 * started (« au fil de l'eau »).
 */
@ExtendWith(DeployedEar.class)
class ServiceSettingsBrowserIT {

    private static final DateTimeFormatter FRENCH = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    private final List<WebDriver> browsers = new ArrayList<>();

    @AfterEach
    void closeBrowsers() {
        browsers.forEach(WebDriver::quit);
    }

    @Test
    @DisplayName("R-NOTES-1, R-NOTES-2: the head publishes « à échéance », adds a date to two couples (seen in the table, "
            + "effective tomorrow); a date outside the school year is refused in French with the selection kept; « − » "
            + "removes the date from the selected couple only; going "
            + "back « au fil de l'eau » asks for confirmation and deletes the dates, the other way asks nothing")
    void grades_deadlines() throws Exception {
        WebDriver browser = loggedIn("principal.college");
        open(browser, "/services/grades.xhtml");
        WebDriverWait wait = new WebDriverWait(browser, TIMEOUT);
        assertThat(browser.findElement(By.id("choice-CONTINUOUS")).getAttribute("class")).contains("chosen");
        screenshot(browser, "servicesettings-grades-continuous");

        // « Au fil de l'eau » → « à échéance »: no confirmation.
        browser.findElement(By.cssSelector("#choice-DEADLINES .ui-radiobutton-box")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("grades:couples")));
        assertThat(browser.findElements(By.cssSelector("#switchForm\\:switchDialog[aria-hidden='false']"))).isEmpty();
        assertThat(text(browser, By.id("grades-note-effective"))).contains("Pris en compte", tomorrow());

        LocalDate deadline = LocalDate.of(schoolYearStart(), Month.DECEMBER, 12);
        selectRow(browser, 0, "1 couple sélectionné");
        selectRow(browser, 1, "2 couples sélectionnés");
        String firstDivision = text(browser, By.cssSelector("#grades\\:couples_data tr[data-ri='0'] .division-code"));
        String secondDivision = text(browser, By.cssSelector("#grades\\:couples_data tr[data-ri='1'] .division-code"));
        typeDate(browser, FRENCH.format(deadline));
        browser.findElement(By.id("grades:addDate")).click();
        wait.until(d -> rowDates(d, firstDivision).contains(FRENCH.format(deadline)));
        assertThat(rowDates(browser, secondDivision)).contains(FRENCH.format(deadline));
        assertThat(browser.findElements(By.cssSelector("#grades\\:couples_data .date-chip"))).hasSize(2);
        assertThat(text(browser, By.id("grades-note-effective")))
                .contains("Enregistré. Pris en compte par les familles à partir du " + tomorrow());
        screenshot(browser, "servicesettings-grades-deadlines");

        // Outside the school year: the domain's French message next to the date, selection and typed date kept.
        String outside = FRENCH.format(LocalDate.of(schoolYearStart() + 1, Month.AUGUST, 15));
        typeDate(browser, outside);
        browser.findElement(By.id("grades:addDate")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("grades:newDateMessage"), "hors de"));
        assertThat(text(browser, By.id("grades:newDateMessage")))
                .contains("La date d’échéance du " + outside + " est hors de l’année scolaire");
        assertThat(browser.findElement(By.id("grades:newDate_input")).getAttribute("value")).isEqualTo(outside);
        assertThat(text(browser, By.id("selection-count"))).startsWith("2 couples sélectionnés");
        assertThat(browser.findElements(By.cssSelector("#grades\\:couples_data tr[aria-selected='true']"))).hasSize(2);
        assertThat(browser.findElements(By.cssSelector("#grades\\:couples_data .date-chip"))).hasSize(2);
        screenshot(browser, "servicesettings-grades-outside-year");

        // « − » on the first couple only: the second keeps its date.
        selectRow(browser, 1, "1 couple sélectionné");
        choose(browser, "grades:removedDate", FRENCH.format(deadline));
        browser.findElement(By.id("grades:removeDate")).click();
        wait.until(d -> rowDates(d, firstDivision).isEmpty());
        assertThat(rowDates(browser, secondDivision)).isEqualTo(FRENCH.format(deadline));

        // Back to « au fil de l'eau »: confirmation, then the dates are gone.
        browser.findElement(By.cssSelector("#choice-CONTINUOUS .ui-radiobutton-box")).click();
        WebElement dialog = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("switchForm:switchDialog")));
        assertThat(normalized(dialog.getText())).contains("Toutes les dates d’échéance seront supprimées");
        screenshot(browser, "servicesettings-grades-confirm-switch");
        browser.findElement(By.id("switchForm:confirmSwitch")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("grades:couples")));
        assertThat(browser.findElement(By.id("choice-CONTINUOUS")).getAttribute("class")).contains("chosen");
        browser.findElement(By.cssSelector("#choice-DEADLINES .ui-radiobutton-box")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("grades:couples")));
        assertThat(browser.findElements(By.cssSelector("#grades\\:couples_data .date-chip"))).isEmpty();
        // Without dates, going back asks nothing: the collège ends « au fil de l'eau » as it started.
        browser.findElement(By.cssSelector("#choice-CONTINUOUS .ui-radiobutton-box")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("grades:couples")));
        assertThat(browser.findElement(By.id("switchForm:switchDialog")).isDisplayed()).isFalse();
    }

    @Test
    @DisplayName("R-PAY-1: the accountant's unknown TIPI number is refused next to the field with the typed values kept; "
            + "« -3 » and « 1,505 » are refused; a known number shows the establishment's name to confirm, then is "
            + "saved, effective tomorrow")
    void payment_in_two_steps() throws Exception {
        WebDriver browser = loggedIn("comptable");
        WebDriverWait wait = new WebDriverWait(browser, TIMEOUT);
        switchTo(browser, "Lycée Marie Curie");
        open(browser, "/services/payment.xhtml");
        screenshot(browser, "servicesettings-payment");

        fill(browser, "payment:tipiClientNumber", "123456");
        fill(browser, "payment:minimumAmount", "1,50");
        fill(browser, "payment:contactEmail", "intendance.0141990m@ac-normandie.fr");
        browser.findElement(By.id("payment:verify")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("payment:tipiClientNumberMessage"),
                "inconnu"));
        assertThat(text(browser, By.id("payment:tipiClientNumberMessage")))
                .contains("Le numéro de client TIPI 123456 est inconnu du référentiel");
        assertThat(value(browser, "payment:tipiClientNumber")).isEqualTo("123456");
        assertThat(value(browser, "payment:minimumAmount")).isEqualTo("1,50");
        assertThat(value(browser, "payment:contactEmail")).isEqualTo("intendance.0141990m@ac-normandie.fr");
        assertThat(browser.findElement(By.id("payment:tipiClientNumber")).getAttribute("class")).contains("ui-state-error");
        screenshot(browser, "servicesettings-payment-unknown-number");

        fill(browser, "payment:tipiClientNumber", "014199");
        for (String malformed : List.of("-3", "1,505")) {
            fill(browser, "payment:minimumAmount", malformed);
            browser.findElement(By.id("payment:verify")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("payment:minimumAmountMessage"),
                    "Montant invalide"));
            assertThat(value(browser, "payment:minimumAmount")).isEqualTo(malformed);
            assertThat(browser.findElements(By.id("payment:confirmation"))).isEmpty();
        }
        screenshot(browser, "servicesettings-payment-bad-amount");

        fill(browser, "payment:minimumAmount", "2,5");
        browser.findElement(By.id("payment:verify")).click();
        WebElement confirmation = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("payment:confirmation")));
        assertThat(normalized(confirmation.getText()))
                .contains("Le numéro 014199 correspond à :", "LYCÉE MARIE CURIE", "Montant minimum : 2,50 €",
                        "Confirmez-vous ?");
        screenshot(browser, "servicesettings-payment-confirm");
        browser.findElement(By.id("payment:confirm")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("payment-note-effective")));
        assertThat(text(browser, By.id("payment-note-effective"))).contains("Pris en compte", tomorrow());
        assertThat(text(browser, By.id("current-number"))).isEqualTo("014199");
        assertThat(text(browser, By.id("current-amount"))).isEqualTo("2,50 €");
        screenshot(browser, "servicesettings-payment-saved");

        open(browser, "/services/payment.xhtml");
        assertThat(text(browser, By.id("payment-note-pending"))).contains(tomorrow());
        assertThat(text(browser, By.id("payment-note-last-change"))).contains("par comptable");
    }

    @Test
    @DisplayName("R-ROLE-1: the delegate has no payment menu and the page shows « Accès réservé au chef d’établissement "
            + "et à l’agent comptable » without any form")
    void delegate_cannot_set_payment() throws Exception {
        WebDriver browser = loggedIn("delegue.college");
        assertThat(browser.findElements(By.id("menu-payment"))).isEmpty();
        assertThat(browser.findElements(By.id("menu-timetable"))).isNotEmpty();
        open(browser, "/services/payment.xhtml");
        assertThat(text(browser, By.id("payment-denied")))
                .contains("Accès réservé au chef d’établissement et à l’agent comptable");
        assertThat(browser.findElements(By.id("payment"))).isEmpty();
        assertThat(browser.findElements(By.tagName("input")).stream()
                .filter(i -> i.getAttribute("id") != null && i.getAttribute("id").startsWith("payment:"))).isEmpty();
        screenshot(browser, "servicesettings-payment-denied");
    }

    @Test
    @DisplayName("R-EDT-1: the lycée (outside the timetable perimeter) sees the form disabled; the collège's head saves "
            + "3 weeks, effective tomorrow")
    void timetable_weeks() throws Exception {
        WebDriver lycee = loggedIn("principal.lycee");
        open(lycee, "/services/timetable.xhtml");
        assertThat(text(lycee, By.id("timetable-closed")))
                .contains("Le téléservice est fermé : le paramétrage ne peut pas être modifié");
        assertThat(lycee.findElement(By.id("timetable:weeks_input")).isEnabled()).isFalse();
        assertThat(lycee.findElement(By.id("timetable:save")).isEnabled()).isFalse();
        screenshot(lycee, "servicesettings-timetable-closed");

        WebDriver college = loggedIn("principal.college");
        open(college, "/services/timetable.xhtml");
        assertThat(college.findElements(By.id("timetable-closed"))).isEmpty();
        fill(college, "timetable:weeks_input", "3");
        college.findElement(By.id("timetable:save")).click();
        new WebDriverWait(college, TIMEOUT)
                .until(ExpectedConditions.presenceOfElementLocated(By.id("timetable-note-effective")));
        assertThat(text(college, By.id("timetable-note-effective"))).contains("Pris en compte", tomorrow());
        screenshot(college, "servicesettings-timetable-saved");
        open(college, "/services/timetable.xhtml");
        assertThat(value(college, "timetable:weeks_input")).isEqualTo("3");
        assertThat(text(college, By.id("timetable-note-pending"))).contains(tomorrow());
    }

    @Test
    @DisplayName("R-SET-2 (concurrent edits): the head and the delegate open « Emploi du temps »; the head saves first, "
            + "the delegate's save is refused with a clear message and keeps his typed value")
    void concurrent_timetable_edits() throws Exception {
        WebDriver head = loggedIn("principal.college");
        WebDriver delegate = loggedIn("delegue.college");
        open(head, "/services/timetable.xhtml");
        open(delegate, "/services/timetable.xhtml");

        fill(head, "timetable:weeks_input", "4");
        head.findElement(By.id("timetable:save")).click();
        new WebDriverWait(head, TIMEOUT)
                .until(ExpectedConditions.presenceOfElementLocated(By.id("timetable-note-effective")));

        fill(delegate, "timetable:weeks_input", "5");
        delegate.findElement(By.id("timetable:save")).click();
        new WebDriverWait(delegate, TIMEOUT).until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("timetable:messages"), "vient d’être modifié"));
        assertThat(text(delegate, By.id("timetable:messages")))
                .contains("Ce paramétrage vient d’être modifié par principal.college pendant votre saisie",
                        "n’a pas été enregistrée");
        assertThat(value(delegate, "timetable:weeks_input")).isEqualTo("5");
        assertThat(delegate.findElements(By.id("timetable-note-effective"))).isEmpty();
        screenshot(delegate, "servicesettings-timetable-concurrent");

        open(delegate, "/services/timetable.xhtml");
        assertThat(value(delegate, "timetable:weeks_input")).isEqualTo("4");
    }

    @Test
    @DisplayName("R-BOURSE-1: the lycée has only the lycée grant; an invalid e-mail is refused next to the field and "
            + "kept, a valid one is saved and offers the « Nous contacter » tab; the collège has only the collège grant")
    void grant_contacts() throws Exception {
        WebDriver lycee = loggedIn("principal.lycee");
        open(lycee, "/services/grants.xhtml");
        assertThat(lycee.findElements(By.id("collegeGrant"))).isEmpty();
        assertThat(text(lycee, By.id("lyceeGrant-tab"))).contains("n’est pas proposé");

        fill(lycee, "lyceeGrant:email", "bourses.lycee@ac-normandie");
        lycee.findElement(By.id("lyceeGrant:save")).click();
        new WebDriverWait(lycee, TIMEOUT).until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("lyceeGrant:emailMessage"), "Adresse de messagerie invalide"));
        assertThat(value(lycee, "lyceeGrant:email")).isEqualTo("bourses.lycee@ac-normandie");
        screenshot(lycee, "servicesettings-grants-invalid");

        fill(lycee, "lyceeGrant:email", "bourses.0141990m@ac-normandie.fr");
        lycee.findElement(By.id("lyceeGrant:save")).click();
        new WebDriverWait(lycee, TIMEOUT)
                .until(ExpectedConditions.presenceOfElementLocated(By.id("lyceeGrant-note-effective")));
        assertThat(text(lycee, By.id("lyceeGrant-note-effective"))).contains("Pris en compte", tomorrow());
        assertThat(text(lycee, By.id("lyceeGrant-tab"))).contains("les familles disposent de l’onglet « Nous contacter »");
        screenshot(lycee, "servicesettings-grants-saved");

        WebDriver college = loggedIn("principal.college");
        open(college, "/services/grants.xhtml");
        assertThat(college.findElements(By.id("collegeGrant:email"))).hasSize(1);
        assertThat(college.findElements(By.id("lyceeGrant"))).isEmpty();
        screenshot(college, "servicesettings-grants-college");
    }

    // --- helpers ---------------------------------------------------------------------------------------------------

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

    private static void open(WebDriver browser, String page) {
        browser.get(DeployedEar.BASE_URL + "/admin" + page);
        new WebDriverWait(browser, TIMEOUT).until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));
    }

    /** The header's establishment switcher (an Ajax request that re-renders the whole page). */
    private static void switchTo(WebDriver browser, String establishment) throws InterruptedException {
        choose(browser, "switcher:establishment", establishment);
    }

    /**
     * Picks an option of a PrimeFaces drop-down as a user does: open, click the option, check the label; retried when
     * the panel's opening animation swallowed the click.
     */
    private static void choose(WebDriver browser, String menuId, String option) throws InterruptedException {
        By item = By.xpath("//li[contains(@class,'ui-selectonemenu-item') and contains(@id, '" + menuId
                + "_') and contains(., '" + option + "')]");
        By label = By.id(menuId + "_label");
        By panel = By.id(menuId + "_panel");
        for (int attempt = 0; attempt < 3; attempt++) {
            browser.findElement(By.id(menuId)).click();
            new WebDriverWait(browser, TIMEOUT).until(ExpectedConditions.visibilityOfElementLocated(item));
            Thread.sleep(400);
            browser.findElement(item).click();
            try {
                new WebDriverWait(browser, Duration.ofSeconds(5)).until(ExpectedConditions.and(
                        ExpectedConditions.textToBePresentInElementLocated(label, option),
                        ExpectedConditions.invisibilityOfElementLocated(panel)));
                return;
            } catch (TimeoutException e) {
                // the panel was still opening: try again
            }
        }
        assertThat(browser.findElement(label).getText()).contains(option);
    }

    private static void selectRow(WebDriver browser, int index, String expectedCount) {
        browser.findElement(By.cssSelector("#grades\\:couples_data tr[data-ri='" + index + "'] .ui-chkbox-box"))
                .click();
        new WebDriverWait(browser, TIMEOUT)
                .until(d -> normalized(d.findElement(By.id("selection-count")).getText()).startsWith(expectedCount));
    }

    private static void typeDate(WebDriver browser, String date) {
        fill(browser, "grades:newDate_input", date);
    }

    /** The deadline dates shown in the row of a division (« <stale> » while the table is being re-rendered). */
    private static String rowDates(WebDriver browser, String division) {
        try {
            return browser.findElements(By.cssSelector("#grades\\:couples_data tr")).stream()
                    .filter(tr -> tr.findElement(By.cssSelector(".division-code")).getText().equals(division))
                    .map(tr -> Objects.toString(
                            tr.findElement(By.cssSelector(".deadline-dates")).getAttribute("data-dates"), ""))
                    .findFirst().orElse("");
        } catch (StaleElementReferenceException e) {
            return "<stale>";
        }
    }

    /** Replaces a field's content as a user does: select all, type. */
    private static void fill(WebDriver browser, String id, String typed) {
        browser.findElement(By.id(id)).sendKeys(Keys.chord(Keys.CONTROL, "a"), typed);
    }

    /** The field's value; read again if an Ajax update replaced the field between finding and reading it. */
    private static String value(WebDriver browser, String id) {
        return new WebDriverWait(browser, TIMEOUT).ignoring(StaleElementReferenceException.class)
                .until(driver -> driver.findElement(By.id(id)).getAttribute("value"));
    }

    private static String text(WebDriver browser, By by) {
        return normalized(new WebDriverWait(browser, TIMEOUT).ignoring(StaleElementReferenceException.class)
                .until(driver -> driver.findElement(by).getText()));
    }

    /** French typography puts non-breaking spaces before « : » and inside « »: compare with plain spaces. */
    private static String normalized(String text) {
        return text.replace('\u00a0', ' ').replace('\u202f', ' ');
    }

    private static String tomorrow() {
        return FRENCH.format(LocalDate.now(ZoneId.of("Europe/Paris")).plusDays(1));
    }

    /** As the demo data: the school year under way starts on 1 September (August belongs to the coming one). */
    private static int schoolYearStart() {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Paris"));
        return today.getMonthValue() >= Month.AUGUST.getValue() ? today.getYear() : today.getYear() - 1;
    }

    /** The whole page: the window grows to the page's height for the shot, then shrinks back. */
    private static void screenshot(WebDriver browser, String name) throws Exception {
        ((JavascriptExecutor) browser).executeScript("window.scrollTo(0, 0)");
        Dimension size = browser.manage().window().getSize();
        long height = (Long) ((JavascriptExecutor) browser)
                .executeScript("return document.documentElement.scrollHeight");
        browser.manage().window().setSize(new Dimension(size.getWidth(), (int) Math.min(3000, Math.max(
                size.getHeight(), height + size.getHeight() - viewportHeight(browser)))));
        try {
            Chromium.screenshot(browser, name);
        } finally {
            browser.manage().window().setSize(size);
        }
    }

    private static long viewportHeight(WebDriver browser) {
        return (Long) ((JavascriptExecutor) browser).executeScript("return window.innerHeight");
    }
}

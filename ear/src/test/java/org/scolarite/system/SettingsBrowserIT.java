package org.scolarite.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
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
 * The « Paramétrage » screens of the console and what families see of them on the portal, in Debian's headless
 * Chromium. The database is shared with the other system tests: labels are unique and whatever could disturb them
 * (the letter type, the clock) is put back. Screenshots land in target/screenshots.
 */
@ExtendWith(DeployedEar.class)
class SettingsBrowserIT {

    private static final String EDUC_DE_NORMANDIE = "https://www.l-educdenormandie.fr/";

    private WebDriver browser;
    private WebDriverWait wait;

    @BeforeEach
    void openBrowser() {
        browser = Chromium.start(1400, 1000);
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    @DisplayName("R-SET-1: the welcome message is sanitised on save, previewed as the portal shows it, seen at once by "
            + "families; over 2000 characters it is refused next to the editor and the text kept")
    void welcomeMessage() throws Exception {
        String unique = "Bienvenue " + System.nanoTime();
        adminLogin("principal.college");
        open("/admin/settings/welcome.xhtml");
        waitForEditor("welcomeEditor");
        js("PF('welcomeEditor').editor.root.innerHTML = arguments[0];",
                "<p><strong>" + unique + "</strong> : consultez <a href=\"https://www.onisep.fr/\" onclick=\"steal()\">"
                        + "le site Onisep</a>.</p><script>document.title = 'piraté'</script>"
                        + "<p><a href=\"javascript:alert(1)\">piège</a></p>");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("welcome-preview"), unique));
        assertThat(text("welcome-counter")).matches("\\d+ / 2000 caractères");
        browser.findElement(By.id("welcome:save")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("welcome:saved")));
        assertThat(text("welcome:saved")).contains("Visible immédiatement par les familles");

        String preview = browser.findElement(By.id("welcome-preview")).getAttribute("innerHTML");
        assertThat(preview).contains(unique, "href=\"https://www.onisep.fr/\"", "target=\"_blank\"", "noopener")
                .doesNotContain("<script", "onclick", "javascript:", "piraté");
        screenshot("settings-welcome");

        portalLogin("claire.durand");
        WebElement message = browser.findElement(By.id("school-message"));
        assertThat(message.getText()).contains(unique, "le site Onisep", "Collège Jean Moulin");
        assertThat(message.getAttribute("innerHTML")).doesNotContain("<script", "onclick", "javascript:");
        WebElement link = message.findElement(By.linkText("le site Onisep"));
        assertThat(link.getAttribute("href")).isEqualTo("https://www.onisep.fr/");
        assertThat(link.getAttribute("rel")).contains("noopener");
        assertThat(browser.getTitle()).doesNotContain("piraté");
        screenshot("portal-home-welcome");

        open("/admin/settings/welcome.xhtml");
        waitForEditor("welcomeEditor");
        js("PF('welcomeEditor').editor.setText(arguments[0]);", "é".repeat(2001));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("welcome-counter"), "2001 / 2000"));
        assertThat(browser.findElement(By.id("welcome-counter")).getAttribute("class")).contains("over");
        browser.findElement(By.id("welcome:save")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("welcome:editorMessage"), "2000 au plus"));
        waitForEditor("welcomeEditor");
        assertThat((Long) js("return PF('welcomeEditor').editor.getText().trim().length;")).isEqualTo(2001L);
        assertThat(browser.findElements(By.id("welcome:saved"))).isEmpty();
        screenshot("settings-welcome-too-long");
    }

    @Test
    @DisplayName("R-SET-6, R-SET-2: a useful link added today reaches the families' « Liens utiles » page the next day")
    void usefulLinkNextDay() throws Exception {
        String label = "Espace parents " + System.nanoTime();
        adminLogin("principal.college");
        open("/admin/settings/links.xhtml");
        browser.findElement(By.id("links:table:add")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("link:label"))).sendKeys(label);
        browser.findElement(By.id("link:url")).sendKeys("https://www.education.gouv.fr/");
        settle(By.id("linkDialog"));
        screenshot("settings-links-dialog");
        browser.findElement(By.id("link:saveLink")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("linkDialog")));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("links:table"), label));
        assertThat(text("links:saved")).contains("Pris en compte par les familles à partir du");
        screenshot("settings-links");

        portalLogin("claire.durand");
        open("/links.xhtml");
        assertThat(browser.findElement(By.id("content")).getText()).doesNotContain(label);
        try {
            moveClock(1);
            browser.navigate().refresh();
            WebElement link = browser.findElement(By.xpath("//ul[@id='useful-links']//a[contains(., '" + label + "')]"));
            assertThat(link.getAttribute("href")).isEqualTo("https://www.education.gouv.fr/");
            assertThat(link.getAttribute("target")).isEqualTo("_blank");
            assertThat(link.getAttribute("rel")).contains("noopener");
            screenshot("portal-links");
        } finally {
            moveClock(0);
        }

        // Put things back: deleted today, gone tomorrow together with the addition.
        open("/admin/settings/links.xhtml");
        browser.findElement(By.xpath("//tr[contains(., '" + label + "')]//button[contains(@id, ':delete')]")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("links:confirmYes")));
        settle(By.cssSelector(".ui-confirm-dialog"));
        screenshot("settings-links-delete");
        browser.findElement(By.id("links:confirmYes")).click();
        wait.until(ExpectedConditions.not(ExpectedConditions.textToBePresentInElementLocated(By.id("links:table"), label)));
    }

    @Test
    @DisplayName("R-SET-6: « www.exemple » or empty fields are refused in French next to the fields, typed values kept")
    void usefulLinkValidation() throws Exception {
        adminLogin("principal.college");
        open("/admin/settings/links.xhtml");
        browser.findElement(By.id("links:table:add")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("link:saveLink"))).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("link"), "Le libellé du lien est obligatoire."));
        assertThat(text("link")).contains("L’adresse internet est obligatoire.");

        browser.findElement(By.id("link:label")).sendKeys("Site du collège");
        browser.findElement(By.id("link:url")).sendKeys("www.exemple");
        browser.findElement(By.id("link:saveLink")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("link"), "Adresse internet invalide"));
        List<WebElement> errors = browser.findElements(By.cssSelector("#link .ui-message-error"));
        assertThat(errors).hasSize(1);
        assertThat(errors.get(0).getText()).contains("commençant par http:// ou https://");
        assertThat(browser.findElement(By.id("link:label")).getAttribute("value")).isEqualTo("Site du collège");
        assertThat(browser.findElement(By.id("link:url")).getAttribute("value")).isEqualTo("www.exemple");
        assertThat(browser.findElement(By.id("linkDialog")).isDisplayed()).isTrue();
        screenshot("settings-links-invalid");
    }

    @Test
    @DisplayName("R-SET-4: the CNIL mention cannot be removed; removing the password saves with a warning; reset "
            + "brings the default back")
    void letterTemplates() throws Exception {
        adminLogin("principal.college");
        open("/admin/settings/letters.xhtml");
        screenshot("settings-letters");
        browser.findElement(By.id("letters:parts:1:view")).click();
        WebElement paper = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("viewPaper")));
        assertThat(paper.getText()).contains("Madame Claire DURAND", "Identifiant", "claire.durand", "xk7pq2mz",
                "Informatique et libertés");
        settle(By.id("viewDialog"));
        screenshot("settings-letters-view");
        browser.findElement(By.cssSelector("#viewDialog .ui-dialog-titlebar-close")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("viewDialog")));

        browser.findElement(By.id("letters:parts:1:edit")).click();
        wait.until(d -> Boolean.TRUE.equals(js("return !!(window.PF && PF('templateEditor') && PF('templateEditor').editor"
                + " && PF('templateEditor').editor.getText().indexOf('{{mentionCnil}}') >= 0);")));
        removeToken("{{mentionCnil}}");
        browser.findElement(By.id("edit:saveDraft")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("edit:editorMessage"),
                "ne peut pas être retiré"));
        assertThat(text("edit:editorMessage")).contains("Informatique et libertés");
        waitForEditor("templateEditor");
        assertThat((String) js("return PF('templateEditor').editor.getText();"))
                .doesNotContain("{{mentionCnil}}").contains("{{motDePasseProvisoire}}");
        screenshot("settings-letters-cnil-refused");

        js("var q = PF('templateEditor').editor; q.setSelection(q.getLength() - 1, 0);");
        chooseInMenu("edit:field", "contains(., 'Informatique et libertés')");
        wait.until(d -> ((String) js("return PF('templateEditor').editor.getText();")).contains("{{mentionCnil}}"));
        removeToken("{{motDePasseProvisoire}}");
        browser.findElement(By.id("edit:previewDraft")).click();
        wait.until(ExpectedConditions.not(ExpectedConditions.textToBePresentInElementLocated(By.id("edit:draftPreview"),
                "xk7pq2mz")));
        screenshot("settings-letters-edit");
        browser.findElement(By.id("edit:saveDraft")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("editDialog")));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("letters:messages"),
                "Mot de passe provisoire"));
        assertThat(text("letters:messages")).contains("le destinataire ne pourra pas activer son compte",
                "modèle enregistré");
        assertThat(text("part-BODY_GUARDIAN_NEW")).contains("Personnalisé", "principal.college");
        js("document.getElementById('letters-title').scrollIntoView();");
        screenshot("settings-letters-saved-with-warning");

        browser.findElement(By.id("letters:parts:1:reset")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("letters:confirmYes")));
        settle(By.cssSelector(".ui-confirm-dialog"));
        screenshot("settings-letters-reset-confirm");
        browser.findElement(By.id("letters:confirmYes")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("part-BODY_GUARDIAN_NEW"),
                "Modèle par défaut"));
        browser.findElement(By.id("letters:parts:1:view")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("viewPaper"), "xk7pq2mz"));
    }

    @Test
    @DisplayName("R-SET-3: « ENT seul » without an ENT is refused; with the académie's ENT « Mixte » is saved and the "
            + "portal home offers « Accéder à mon ENT » at once")
    void entLink() throws Exception {
        adminLogin("principal.college");
        try {
            open("/admin/settings/letters.xhtml");
            chooseLetterType("typeEntOnly");
            WebElement url = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("ent:entUrl")));
            url.clear();
            browser.findElement(By.id("ent:saveEnt")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("ent:entUrlMessage"),
                    "Choisissez l’ENT dans la liste de l’académie ou saisissez son adresse."));
            screenshot("settings-ent-missing");

            chooseLetterType("typeMixed");
            chooseInMenu("ent:entChoice", "contains(., 'Educ de Normandie')");
            wait.until(ExpectedConditions.attributeToBe(By.id("ent:entUrl"), "value", EDUC_DE_NORMANDIE));
            WebElement preview = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("ent:entPreview")));
            assertThat(preview.getAttribute("href")).isEqualTo(EDUC_DE_NORMANDIE);
            assertThat(preview.getAttribute("target")).isEqualTo("_blank");
            assertThat(preview.getAttribute("rel")).contains("noopener");
            browser.findElement(By.id("ent:saveEnt")).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("ent:entSaved")));
            assertThat(text("ent:entSaved")).contains("immédiatement");
            screenshot("settings-ent-mixed");

            portalLogin("claire.durand");
            WebElement ent = browser.findElement(By.id("ent-link"));
            assertThat(ent.getText()).contains("Accéder à mon ENT");
            assertThat(ent.getAttribute("href")).isEqualTo(EDUC_DE_NORMANDIE);
            assertThat(ent.getAttribute("rel")).contains("noopener");
            screenshot("portal-home-ent");
        } finally {
            // Other tests expect the default letter type.
            open("/admin/settings/letters.xhtml");
            chooseLetterType("typeTeleservices");
            browser.findElement(By.id("ent:saveEnt")).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("ent:entSaved")));
        }
        portalLogin("claire.durand");
        assertThat(browser.findElements(By.id("ent-link"))).isEmpty();
    }

    @Test
    @DisplayName("R-SET-5, R-SET-2, R-ROLE-1: the contact link's mailbox reaches the portal's « Contact » page the next "
            + "day, and the history lists each change with its user, in French")
    void contactAndHistory() throws Exception {
        String unique = "Réunion parents-professeurs " + System.nanoTime();
        adminLogin("principal.college");
        open("/admin/settings/contact.xhtml");
        browser.findElement(By.cssSelector("label[for='contact:active:0']")).click();
        chooseInMenu("contact:mailbox", "starts-with(., 'ce.')");
        browser.findElement(By.id("contact:save")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("contact:saved")));
        assertThat(text("contact:saved")).contains("Pris en compte par les familles à partir du");
        screenshot("settings-contact");

        portalLogin("claire.durand");
        try {
            moveClock(1);
            open("/contact.xhtml");
            assertThat(text("contact")).contains("Collège Jean Moulin", "14000");
            assertThat(browser.findElement(By.cssSelector("#contact-mailbox a")).getAttribute("href"))
                    .startsWith("mailto:ce.");
            screenshot("portal-contact");
        } finally {
            moveClock(0);
        }

        open("/admin/settings/welcome.xhtml");
        waitForEditor("welcomeEditor");
        js("PF('welcomeEditor').editor.setText(arguments[0]);", unique);
        browser.findElement(By.id("welcome:save")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("welcome:saved")));

        open("/admin/settings/history.xhtml");
        WebElement first = browser.findElement(By.cssSelector("#history\\:table_data tr:first-child"));
        assertThat(first.getText()).contains("principal.college", "Message d’accueil", unique);
        assertThat(text("history:table")).contains("Lien de contact", "actif : oui");
        screenshot("settings-history");
    }

    /** Waits for a dialog's fade-in to end, so that its screenshot shows it as the user sees it. */
    private void settle(By dialog) {
        wait.until(d -> "1".equals(d.findElement(dialog).getCssValue("opacity")));
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

    private void chooseLetterType(String option) {
        wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("#ent\\:" + option + " .ui-radiobutton-box"))).click();
        wait.until(ExpectedConditions.attributeContains(
                By.cssSelector("#ent\\:" + option + " .ui-radiobutton-box"), "class", "ui-state-active"));
        // The ENT fields appear or disappear by Ajax.
        wait.until(d -> Boolean.TRUE.equals(js("return !window.PrimeFaces || PrimeFaces.ajax.Queue.isEmpty();")));
    }

    private void removeToken(String token) {
        js("var q = PF('templateEditor').editor; var i = q.getText().indexOf(arguments[0]);"
                + " q.deleteText(i, arguments[0].length, 'user');", token);
    }

    private void waitForEditor(String widgetVar) {
        wait.until(d -> Boolean.TRUE.equals(
                js("return !!(window.PF && PF(arguments[0]) && PF(arguments[0]).editor);", widgetVar)));
    }

    private void adminLogin(String username) {
        open("/admin/");
        if (!browser.findElements(By.id("logout:logoutButton")).isEmpty()) {
            return;
        }
        browser.findElement(By.id("login:username")).sendKeys(username);
        browser.findElement(By.cssSelector("#login input[type=password]")).sendKeys("Demo-2026");
        browser.findElement(By.id("login:submit")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("logout:logoutButton")));
    }

    /** Logs into the portal in the same browser (its own session cookie), or reloads its home if already in. */
    private void portalLogin(String username) {
        open("/");
        if (browser.findElements(By.id("login:username")).isEmpty()) {
            return;
        }
        browser.findElement(By.id("login:username")).sendKeys(username);
        browser.findElement(By.id("login:password")).sendKeys("Demo-2026");
        browser.findElement(By.id("login:submit")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("hello")));
    }

    private void open(String path) {
        browser.get(DeployedEar.BASE_URL + path);
    }

    private String text(String id) {
        return browser.findElement(By.id(id)).getText();
    }

    private Object js(String script, Object... arguments) {
        return ((JavascriptExecutor) browser).executeScript(script, arguments);
    }

    /** Moves the application clock {@code days} days from today (bin/test enables the hook); 0 puts it back. */
    private static void moveClock(int days) throws Exception {
        assertThat(DeployedEar.moveClock(days)).as("test clock hook").isBetween(200, 299);
    }

    private void screenshot(String name) throws Exception {
        Chromium.screenshot(browser, name);
    }
}

package org.scolarite.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * « Paiement des factures » (R-PAY-2) on the demo data: the demo lycée has the service open and its payment set-up in
 * effect (minimum 1,00 €), every pupil has invoices. Hugo's mother (claire.durand1) pays through the PayFiP simulator:
 * once accepted (receipt, « Payé »), once refused by the bank (nothing paid, the list says so); the lycée's head finds
 * both in « Paiements en ligne ». Screenshots land in target/screenshots.
 */
@ExtendWith(DeployedEar.class)
class PaymentBrowserIT {

    private static final String DEMO_PASSWORD = "Demo-2026";

    private WebDriver browser;
    private WebDriverWait wait;

    @BeforeEach
    void today() throws Exception {
        // the demo's set-up is in effect from the seeding day: put the clock back if another test moved it
        assertThat(DeployedEar.moveClock(0)).isBetween(200, 299);
    }

    @AfterEach
    void quit() {
        if (browser != null) {
            browser.quit();
        }
    }

    private void signIn(String username, int width, int height) {
        browser = Chromium.start(width, height);
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        browser.get(DeployedEar.BASE_URL + "/login.xhtml");
        browser.findElement(By.id("login:username")).sendKeys(username);
        browser.findElement(By.id("login:password")).sendKeys(DEMO_PASSWORD);
        browser.findElement(By.id("login:submit")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("content")));
    }

    /** From the menu to the first payable invoice's form; returns the invoice's row id (« invoice-123 »). */
    private String openFirstPayableInvoice() {
        browser.findElement(By.linkText("Paiement des factures")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("invoices")));
        WebElement pay = browser.findElement(By.cssSelector("#invoices a.pay-link"));
        String row = pay.findElement(By.xpath("ancestor::tr")).getAttribute("id");
        pay.click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("pay-form:amount")));
        return row;
    }

    /** « 1 234,50 € » as an exact amount. */
    private static BigDecimal euros(String shown) {
        return new BigDecimal(shown.replaceAll("[^0-9,]", "").replace(',', '.'));
    }

    private void typeAmount(String amount) {
        WebElement field = browser.findElement(By.id("pay-form:amount"));
        field.clear();
        field.sendKeys(amount);
        browser.findElement(By.id("pay-form:submit")).click();
    }

    @Test
    @DisplayName("R-PAY-2: a payment through the simulator with success — the amount below the minimum is refused next "
            + "to the field and kept; 12,50 € accepted by the bank gives the receipt, the invoice's paid part grows")
    void paymentAccepted() throws Exception {
        signIn("claire.durand1", 1280, 1000);
        String row = openFirstPayableInvoice();
        BigDecimal balance = euros(browser.findElement(By.id("pay-balance")).getText());
        assertThat(browser.findElement(By.id("pay-minimum")).getText()).isEqualTo("1,00 €");
        assertThat(browser.findElement(By.id("pay-form:amount")).getAttribute("value"))
                .as("the balance to begin with").matches("\\d+,\\d\\d");
        Chromium.screenshot(browser, "payment-form");

        typeAmount("0,50");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("pay-form:amount-error")));
        assertThat(browser.findElement(By.id("pay-form:amount-error")).getText())
                .isEqualTo("Le montant minimum d’un paiement en ligne est de 1,00 €.");
        assertThat(browser.findElement(By.id("pay-form:amount")).getAttribute("value")).isEqualTo("0,50");
        Chromium.screenshot(browser, "payment-form-below-minimum");

        typeAmount("12,50");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("payfip-pay")));
        assertThat(browser.findElement(By.id("payfip-amount")).getText()).isEqualTo("12,50 €");
        assertThat(browser.findElement(By.id("payfip-creditor")).getText()).contains("LYCÉE MARIE CURIE", "014199");
        String reference = browser.findElement(By.id("payfip-reference")).getText();
        Chromium.screenshot(browser, "payment-simulator");

        browser.findElement(By.id("payfip-pay")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("receipt")));
        assertThat(browser.getCurrentUrl()).contains("/recu.xhtml?reference=" + reference);
        assertThat(browser.findElement(By.id("receipt-heading")).getText()).isEqualTo("Paiement enregistré");
        assertThat(browser.findElement(By.id("receipt-amount")).getText()).isEqualTo("12,50 €");
        assertThat(browser.findElement(By.id("receipt-authorisation")).getText()).matches("\\d{6}");
        Chromium.screenshot(browser, "payment-receipt");

        browser.findElement(By.id("receipt-back")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("payments")));
        assertThat(browser.findElement(By.id("payment-" + reference)).getText()).contains("12,50 €", "Payé", "Reçu");
        assertThat(euros(browser.findElement(By.cssSelector("#" + row + " .pay-balance")).getText()))
                .as("the balance went down by 12,50 €").isEqualByComparingTo(balance.subtract(new BigDecimal("12.50")));
        Chromium.screenshot(browser, "payment-invoices");

        // the school's side: the lycée's head finds the payment among the online payments
        WebDriver family = browser;
        browser = Chromium.start(1280, 900);
        try {
            browser.get(DeployedEar.BASE_URL + "/admin/");
            browser.findElement(By.id("login:username")).sendKeys("principal.lycee");
            browser.findElement(By.cssSelector("#login input[type=password]")).sendKeys(DEMO_PASSWORD);
            browser.findElement(By.id("login:submit")).click();
            new WebDriverWait(browser, Duration.ofSeconds(20))
                    .until(ExpectedConditions.presenceOfElementLocated(By.id("menu-payments"))).click();
            new WebDriverWait(browser, Duration.ofSeconds(20))
                    .until(ExpectedConditions.presenceOfElementLocated(By.id("payments:table")));
            assertThat(browser.findElement(By.id("payments:table")).getText()).contains(reference, "12,50", "Payé",
                    "claire.durand1");
            assertThat(browser.findElement(By.id("payments:export")).isDisplayed()).isTrue();
            Chromium.screenshot(browser, "payment-console-list");
        } finally {
            browser.quit();
            browser = family;
        }
    }

    @Test
    @DisplayName("R-PAY-2: a payment through the simulator refused by the bank — back on the invoices, told nothing was "
            + "paid, the payment listed « Refusé » without a receipt; on a phone (390 px) invoices are cards")
    void paymentRefused() throws Exception {
        signIn("claire.durand1", 390, 844);
        ((org.openqa.selenium.chrome.ChromeDriver) browser).executeCdpCommand("Emulation.setDeviceMetricsOverride",
                java.util.Map.of("width", 390, "height", 844, "deviceScaleFactor", 1, "mobile", true));
        browser.get(DeployedEar.BASE_URL + "/factures.xhtml");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("invoices")));
        Chromium.screenshot(browser, "payment-invoices-phone");
        WebElement pay = browser.findElement(By.cssSelector("#invoices a.pay-link"));
        pay.click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("pay-form:amount")));
        String balance = browser.findElement(By.id("pay-balance")).getText();

        typeAmount("5");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("payfip-refuse")));
        String reference = browser.findElement(By.id("payfip-reference")).getText();
        browser.findElement(By.id("payfip-refuse")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("payment-outcome")));
        assertThat(browser.findElement(By.id("payment-outcome")).getText())
                .contains("refusé par votre banque", "rien n’a été débité");
        assertThat(browser.findElement(By.id("payment-" + reference)).getText()).contains("5,00 €", "Refusé")
                .doesNotContain("Reçu");
        Chromium.screenshot(browser, "payment-refused-phone");

        browser.findElement(By.cssSelector("#invoices a.pay-link")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("pay-balance")));
        assertThat(browser.findElement(By.id("pay-balance")).getText()).as("nothing paid").isEqualTo(balance);
    }
}

package org.scolarite.system;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.remote.CommandPayload;
import org.openqa.selenium.remote.Response;

/**
 * Debian's headless Chromium for the system tests, started the same way by every browser test: no sandbox, no
 * background networking (the machine's closed network refuses it), French first. Screenshots land in
 * {@code target/screenshots}.
 */
final class Chromium {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private Chromium() {
    }

    static WebDriver start(int width, int height) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--window-size=" + width + "," + height, "--lang=fr-FR", "--accept-lang=fr-FR");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).build();
        return new StaleAwareChromeDriver(service, options);
    }

    /**
     * Chromium 156 with this Selenium reports an element of a page that was just replaced as « unknown error: Node with
     * given id does not belong to the document » instead of a stale element: the waits (stalenessOf, the visibility
     * conditions), which expect the latter, then fail at random when a page answers quickly. Said as what it is.
     */
    private static final class StaleAwareChromeDriver extends ChromeDriver {

        private StaleAwareChromeDriver(ChromeDriverService service, ChromeOptions options) {
            super(service, options);
        }

        @Override
        protected Response execute(CommandPayload payload) {
            try {
                return super.execute(payload);
            } catch (StaleElementReferenceException stale) {
                throw stale;
            } catch (WebDriverException error) {
                if (String.valueOf(error.getMessage()).contains("does not belong to the document")) {
                    throw new StaleElementReferenceException("The page holding this element was replaced", error);
                }
                throw error;
            }
        }
    }

    /** The visible window as {@code target/screenshots/<name>.png}. */
    static void screenshot(WebDriver browser, String name) throws Exception {
        Files.createDirectories(SCREENSHOTS);
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }
}

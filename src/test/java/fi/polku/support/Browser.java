package fi.polku.support;

import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.function.Supplier;

/** Debian's headless Chromium driven through Debian's chromedriver: nothing is downloaded. */
public final class Browser implements AutoCloseable {

    public final WebDriver driver;
    private final String baseUrl;

    /** @param extraArguments more Chromium switches, e.g. to prefer the dark colour scheme */
    public Browser(int port, String... extraArguments) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(first("/usr/bin/chromium", "/usr/bin/chromium-browser"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--window-size=1280,900", "--lang=en-US");
        options.addArguments(extraArguments);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(first("/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver")))
                .build();
        this.driver = new ChromeDriver(service, options);
        this.baseUrl = "http://localhost:" + port + "/";
    }

    private static String first(String... candidates) {
        for (String c : candidates) {
            if (Files.isExecutable(Path.of(c))) {
                return c;
            }
        }
        return candidates[0];
    }

    /** Waits up to 30 s, looking again every 100 ms: a Vaadin round trip here takes tens of milliseconds. */
    private WebDriverWait waiting() {
        return new WebDriverWait(driver, Duration.ofSeconds(30), Duration.ofMillis(100));
    }

    public void open(String path) {
        driver.get(baseUrl + path);
    }

    public WebElement waitFor(By by) {
        return waiting().until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    /**
     * Waits for an element that may lie outside the visible part of a scrolling container, such as
     * the end of a long dialog, and scrolls it into view: until then Selenium counts it as hidden.
     */
    public WebElement scrollTo(By by) {
        return waiting().ignoring(StaleElementReferenceException.class).until(d -> {
            WebElement element = d.findElement(by);
            script("arguments[0].scrollIntoView({block: 'center', inline: 'center'})", element);
            return element.isDisplayed() ? element : null;
        });
    }

    /**
     * Waits until the element shows the text. The element may be replaced while it is read (a
     * navigation after a form); Chromium then reports a node "not in the document", which only
     * means: look again.
     */
    public void waitForText(By by, String text) {
        waiting().ignoring(StaleElementReferenceException.class).until(d -> {
            try {
                return d.findElement(by).getText().contains(text);
            } catch (org.openqa.selenium.NoSuchElementException e) {
                return false;
            } catch (org.openqa.selenium.WebDriverException e) {
                if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                    return false;
                }
                throw e;
            }
        });
    }

    /** Types into the input inside a Vaadin field found by its label. */
    public void type(String fieldLabel, String text) {
        WebElement input = scrollTo(By.xpath("//*[self::vaadin-text-field or self::vaadin-email-field or "
                + "self::vaadin-password-field or self::vaadin-text-area][label[normalize-space()=\""
                + fieldLabel + "\"]]//*[self::input or self::textarea]"));
        input.clear();
        input.sendKeys(text);
    }

    /** Clicks the button with this text; the text may hold an apostrophe ("Review a peer's report"). */
    public void click(String buttonText) {
        click(By.xpath("//vaadin-button[normalize-space()=\"" + buttonText + "\"]"));
    }

    /**
     * Clicks an element once it is visible, brought to the middle of the window first: on long pages
     * images and late components still move things while the driver scrolls, so a click that lands on
     * something else is retried rather than failed.
     */
    public void click(By by) {
        click(() -> scrollTo(by));
    }

    public void click(WebElement element) {
        click(() -> element);
    }

    private void click(Supplier<WebElement> element) {
        waiting().ignoring(ElementClickInterceptedException.class).until(d -> {
            WebElement target = element.get();
            script("arguments[0].scrollIntoView({block: 'center', inline: 'center'})", target);
            target.click();
            return true;
        });
    }

    /**
     * Picks a file in the Vaadin upload, as the file chooser would: its file input lives in the
     * upload's shadow DOM, out of reach of a locator from the page.
     */
    public void upload(Path file) {
        waitFor(By.tagName("vaadin-upload")).getShadowRoot().findElement(By.cssSelector("input[type='file']"))
                .sendKeys(file.toAbsolutePath().toString());
    }

    /** Logs in through the login form, as a returning user would. */
    public void logIn(String email, String password) {
        open("login");
        waitFor(By.cssSelector("input[name='username']")).sendKeys(email);
        waitFor(By.cssSelector("input[name='password']")).sendKeys(password);
        waitFor(By.cssSelector("vaadin-login-form vaadin-button")).click();
    }

    /**
     * The rendered row of a Vaadin grid that has a cell reading {@code cellText}, as the user reads
     * it: each column's header with that row's cell under it. Which cell sits under which header is
     * known only inside the grid's shadow DOM, hence the script. Waits until such a row is rendered.
     */
    @SuppressWarnings("unchecked")
    public Map<String, WebElement> gridRow(By grid, String cellText) {
        WebElement element = waitFor(grid);
        return waiting().until(d -> (Map<String, WebElement>) script("""
                const [grid, wanted] = arguments;
                const content = cell => cell.querySelector('slot')?.assignedElements()[0];
                const headers = [...grid.shadowRoot.querySelectorAll('thead tr:last-child th')]
                        .map(th => content(th)?.textContent.trim() ?? '');
                for (const tr of grid.shadowRoot.querySelectorAll('#items tr:not([hidden])')) {
                    const cells = [...tr.querySelectorAll('td')].map(content);
                    if (cells.some(c => c?.textContent.trim() === wanted)) {
                        return Object.fromEntries(headers.map((h, i) => [h, cells[i]]));
                    }
                }
                return null;
                """, element, cellText));
    }

    public Object script(String js, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(js, args);
    }

    /** Keeps what the browser shows, for looking at after a failed journey; a failure to save is only logged. */
    public void screenshot(Path file) {
        try {
            Files.write(file, ((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
        } catch (java.io.IOException | RuntimeException e) {
            System.err.println("Could not save " + file + ": " + e.getMessage());
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}

package fi.polku.support;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
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

/** Debian's headless Chromium driven through Debian's chromedriver: nothing is downloaded. */
public final class Browser implements AutoCloseable {

    public final WebDriver driver;
    private final String baseUrl;

    public Browser(int port) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(first("/usr/bin/chromium", "/usr/bin/chromium-browser"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--window-size=1280,900", "--lang=en-US");
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

    public void open(String path) {
        driver.get(baseUrl + path);
    }

    public WebElement waitFor(By by) {
        return new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    public void waitForText(By by, String text) {
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.textToBePresentInElementLocated(by, text));
    }

    /** Types into the input inside a Vaadin field found by its label. */
    public void type(String fieldLabel, String text) {
        WebElement input = waitFor(By.xpath("//*[self::vaadin-text-field or self::vaadin-email-field or "
                + "self::vaadin-password-field][label[normalize-space()='" + fieldLabel + "']]//input"));
        input.clear();
        input.sendKeys(text);
    }

    public void click(String buttonText) {
        waitFor(By.xpath("//vaadin-button[normalize-space()='" + buttonText + "']")).click();
    }

    public Object script(String js, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(js, args);
    }

    @Override
    public void close() {
        driver.quit();
    }
}

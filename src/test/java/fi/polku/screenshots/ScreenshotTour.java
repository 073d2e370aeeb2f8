package fi.polku.screenshots;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import javax.imageio.ImageIO;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Walks a running Polku (started by docs/screenshots/take.sh on a fresh database with the demo
 * data) as the demo users and saves the main views at a laptop's and a phone's width in one
 * language. Not part of the test run: the class name matches neither *Test nor *IT, so it runs only
 * when named ({@code -Dtest=ScreenshotTour}).
 */
class ScreenshotTour {

    private static final String COURSE = "innovative-teachers";
    private static final List<Integer> WIDTHS = List.of(1280, 390);
    private static final Map<Integer, Integer> HEIGHTS = Map.of(1280, 800, 390, 844);
    /** The UI language names as the language menu shows them, each in its own language. */
    private static final Map<String, String> LANGUAGE_NAMES = Map.of("en", "English", "fi", "Suomi", "sv", "Svenska");

    private final String baseUrl = System.getProperty("polku.screenshots.url", "http://localhost:8080/");
    private final String language = System.getProperty("polku.screenshots.language", "en");
    private final Path out = Path.of(System.getProperty("polku.screenshots.dir", "docs/screenshots"));
    private final String adminPassword = System.getProperty("polku.screenshots.admin-password", "admin-test-password");

    private WebDriver driver;

    @Test
    void takeScreenshots() throws IOException {
        Path dir = Files.createDirectories(out.resolve(language));
        driver = chromium(language);
        try {
            shoot(dir, "login", "login", null);
            String code = asUser("aino@polku.local", "polku-demo-1", dir, Map.of(
                    "progress", "",
                    "certificates", "certificates"));
            shoot(dir, "verify", "verify/" + code, null);
            asUser("oskar@polku.local", "polku-demo-1", dir, Map.of(
                    "course", "courses/" + COURSE,
                    "lesson", "courses/" + COURSE + "/innovation-education"));
            asUser("kaisa@polku.local", "polku-demo-1", dir, Map.of("cohorts", "cohorts"));
            openFirstCohort(dir);
            logOut();
            asUser("admin@polku.local", adminPassword, dir, Map.of("settings", "admin/settings"));
            if (language.equals("en")) {
                certificate(code, out.resolve("certificate.png"));
            }
        } finally {
            driver.quit();
        }
    }

    /** Logs in, switches the UI to the wanted language, shoots each view; returns a certificate code if one shows. */
    private String asUser(String email, String password, Path dir, Map<String, String> views) throws IOException {
        open("login");
        waitFor(By.cssSelector("input[name='username']")).sendKeys(email);
        waitFor(By.cssSelector("input[name='password']")).sendKeys(password);
        waitFor(By.cssSelector("vaadin-login-form vaadin-button")).click();
        waitFor(By.cssSelector("vaadin-app-layout"));
        chooseLanguage();
        String code = "";
        for (var view : new java.util.TreeMap<>(views).entrySet()) {
            shoot(dir, view.getKey(), view.getValue(), By.cssSelector(".page"));
            if (view.getValue().equals("certificates")) {
                code = driver.findElements(By.cssSelector("a[href*='verify/']")).stream().map(a -> a.getAttribute("href"))
                        .map(h -> h.substring(h.lastIndexOf('/') + 1)).findFirst().orElse("");
            }
        }
        if (!email.startsWith("kaisa")) {
            logOut();
        }
        return code;
    }

    private void openFirstCohort(Path dir) throws IOException {
        open("cohorts");
        WebElement link = waitFor(By.cssSelector("a[href^='cohorts/']"));
        String href = link.getAttribute("href");
        shoot(dir, "cohort", href.substring(baseUrl.length()), By.cssSelector("vaadin-grid"));
    }

    private void logOut() {
        driver.manage().deleteAllCookies();
    }

    /** The session's language is picked from the header's language menu, as a person would. */
    private void chooseLanguage() {
        String wanted = LANGUAGE_NAMES.getOrDefault(language, "English");
        WebElement select = waitFor(By.cssSelector("vaadin-select.language-switch"));
        if (select.getText().contains(wanted)) {
            return;
        }
        select.click();
        List<WebElement> items = driver.findElements(By.xpath("//vaadin-select-item[normalize-space()='" + wanted + "']"));
        if (items.isEmpty()) {
            System.out.println("No " + wanted + " in the language menu yet: the screenshots stay in the default language");
            new org.openqa.selenium.interactions.Actions(driver).sendKeys(org.openqa.selenium.Keys.ESCAPE).perform();
            return;
        }
        try {
            items.getFirst().click();
        } catch (org.openqa.selenium.ElementClickInterceptedException covered) {
            // on the narrow window the overlay's item can sit under the window's edge: click it in the page
            ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].click()", items.getFirst());
        }
        // the page reloads in the new language, so the select found before is gone
        waiting().ignoring(StaleElementReferenceException.class).until(
                d -> d.findElement(By.cssSelector("vaadin-select.language-switch")).getText().contains(wanted));
    }

    private void shoot(Path dir, String name, String path, By ready) throws IOException {
        for (int width : WIDTHS) {
            driver.manage().window().setSize(new Dimension(width, HEIGHTS.get(width)));
            open(path);
            waitFor(ready == null ? By.tagName("body") : ready);
            waiting().until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                    "return !document.querySelector('vaadin-connection-indicator[loading]')"
                            + " && document.readyState === 'complete'")));
            pause();
            File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), dir.resolve(name + "-" + width + ".png"),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** The certificate PDF, as a learner downloads it, drawn as an image for the README. */
    private void certificate(String code, Path png) throws IOException {
        if (code.isEmpty()) {
            return;
        }
        try (InputStream in = URI.create(baseUrl + "certificates/" + code + ".pdf").toURL().openStream();
             PDDocument pdf = Loader.loadPDF(in.readAllBytes())) {
            ImageIO.write(new PDFRenderer(pdf).renderImageWithDPI(0, 60), "png", png.toFile());
        }
    }

    private void open(String path) {
        driver.get(baseUrl + path);
    }

    private WebElement waitFor(By by) {
        return waiting().until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    private WebDriverWait waiting() {
        return new WebDriverWait(driver, Duration.ofSeconds(30), Duration.ofMillis(100));
    }

    /** Lets fonts, icons and animations settle; screenshots taken mid-transition look broken. */
    private static void pause() {
        try {
            Thread.sleep(700);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static WebDriver chromium(String language) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(first("/usr/bin/chromium", "/usr/bin/chromium-browser"));
        String tag = Locale.forLanguageTag(language).toLanguageTag();
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--hide-scrollbars", "--force-device-scale-factor=1", "--lang=" + tag);
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", tag));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(first("/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver")))
                .build();
        return new ChromeDriver(service, options);
    }

    private static String first(String... candidates) {
        for (String c : candidates) {
            if (Files.isExecutable(Path.of(c))) {
                return c;
            }
        }
        return candidates[0];
    }
}

import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The learners of scripts/two-instances.sh: each has a headless Chromium of its own (its own
 * cookies, so its own session), logs in through the proxy and saves new versions of its
 * development plan, round after round, until the time is up. It reports what a user would see,
 * one line each, and nothing else; the script judges. Another driver (the Gatling simulation)
 * can take its place if it writes the same lines:
 * <pre>
 * login    epochMillis email route           logged in, the proxy's route cookie names the instance
 * saved    epochMillis email route version marker   the page listed the new version
 * relogin  epochMillis email route           the plan page showed the login view instead: session gone
 * unsaved  epochMillis email route marker    typed, clicked save, no new version appeared
 * </pre>
 * Run as a single-file program: {@code java -cp <selenium jars> LearnerDriver.java
 * <baseUrl> <learners file> <password> <seconds> <threads> <log file>}. It stops after the
 * round in which the seconds ran out or a file named like the log file plus {@code .stop} appeared.
 */
public class LearnerDriver {

    static final String PLAN = "courses/innovative-teachers/development-plan";
    static final By LOGIN_FORM = By.cssSelector("vaadin-login-form");
    static final By SAVE = By.xpath("//vaadin-button[normalize-space()='Save a new version']");
    static final By VERSIONS = By.cssSelector(".plan-versions vaadin-details");
    static final By FIELDS = By.cssSelector(".form-panel vaadin-text-area textarea");

    /** Held here: java.util.logging keeps loggers weakly, and a collected one forgets its level. */
    static final java.util.logging.Logger SELENIUM_LOG = java.util.logging.Logger.getLogger("org.openqa.selenium");

    final String base;
    final String email;
    final String password;
    final PrintWriter log;
    WebDriver browser;
    int turn;

    LearnerDriver(String base, String email, String password, PrintWriter log) {
        this.base = base;
        this.email = email;
        this.password = password;
        this.log = log;
    }

    public static void main(String[] args) throws Exception {
        // Selenium warns about every Chromium newer than its DevTools bindings; nothing here uses them.
        SELENIUM_LOG.setLevel(java.util.logging.Level.SEVERE);
        String base = args[0].endsWith("/") ? args[0] : args[0] + "/";
        List<String> emails = Files.readAllLines(Path.of(args[1])).stream().filter(s -> !s.isBlank()).toList();
        long end = System.currentTimeMillis() + Long.parseLong(args[3]) * 1000;
        ExecutorService pool = Executors.newFixedThreadPool(Integer.parseInt(args[4]));
        try (PrintWriter log = new PrintWriter(Files.newBufferedWriter(Path.of(args[5])), true)) {
            List<LearnerDriver> learners = emails.stream().map(e -> new LearnerDriver(base, e, args[2], log)).toList();
            int round = 0;
            Path stop = Path.of(args[5] + ".stop");
            while (System.currentTimeMillis() < end && !Files.exists(stop)) {
                round++;
                List<Future<?>> turns = new ArrayList<>();
                for (LearnerDriver l : learners) {
                    turns.add(pool.submit(l::turn));
                }
                for (Future<?> f : turns) {
                    f.get();
                }
                System.out.println("round " + round + " done");
            }
            learners.parallelStream().forEach(LearnerDriver::quit);
        } finally {
            pool.shutdownNow();
        }
    }

    /** One visit: open the plan (logging in first if needed), change it, save, see the version listed. */
    void turn() {
        try {
            if (browser == null) {
                browser = chromium();
                logIn("login");
            }
            browser.get(base + PLAN);
            waiting(30).until(d -> !d.findElements(LOGIN_FORM).isEmpty() || !d.findElements(SAVE).isEmpty());
            if (!browser.findElements(LOGIN_FORM).isEmpty()) {
                logIn("relogin");
                browser.get(base + PLAN);
            }
            waiting(30).until(d -> !d.findElements(SAVE).isEmpty());
            int before = browser.findElements(VERSIONS).size();
            String marker = "m-" + email.replaceAll("@.*", "") + "-" + (++turn) + "-" + System.currentTimeMillis();
            for (WebElement field : browser.findElements(FIELDS)) {
                field.clear();
                field.sendKeys("Pupils test prototypes, " + marker);
            }
            browser.findElement(SAVE).click();
            try {
                waiting(15).until(d -> d.findElements(VERSIONS).size() > before);
                String summary = browser.findElements(VERSIONS).getFirst().getText();
                String version = summary.replaceAll("(?s)^Version (\\d+),.*", "$1");
                write("saved", version + " " + marker);
            } catch (org.openqa.selenium.TimeoutException e) {
                write("unsaved", marker);
            }
        } catch (RuntimeException e) {
            System.err.println(email + ": " + e.getClass().getSimpleName() + " " + firstLine(e.getMessage()));
        }
    }

    private void logIn(String kind) {
        browser.get(base + "login");
        waiting(30).until(d -> !d.findElements(By.cssSelector("input[name='username']")).isEmpty());
        browser.findElement(By.cssSelector("input[name='username']")).sendKeys(email);
        browser.findElement(By.cssSelector("input[name='password']")).sendKeys(password);
        browser.findElement(By.cssSelector("vaadin-login-form vaadin-button")).click();
        waiting(30).until(d -> !d.getCurrentUrl().contains("/login"));
        write(kind, "");
    }

    private void write(String kind, String rest) {
        Cookie route = browser.manage().getCookieNamed("polku_route");
        String line = kind + " " + System.currentTimeMillis() + " " + email + " " + (route == null ? "-" : route.getValue())
                + (rest.isEmpty() ? "" : " " + rest);
        synchronized (log) {
            log.println(line);
        }
    }

    private WebDriverWait waiting(int seconds) {
        return new WebDriverWait(browser, Duration.ofSeconds(seconds), Duration.ofMillis(100));
    }

    private static WebDriver chromium() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--window-size=1280,900", "--lang=en-US");
        return new ChromeDriver(new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).build(), options);
    }

    void quit() {
        if (browser != null) {
            browser.quit();
        }
    }

    private static String firstLine(String s) {
        return s == null ? "" : s.lines().findFirst().orElse("");
    }
}

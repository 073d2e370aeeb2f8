package fi.polku;

import fi.polku.support.Browser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged jar started the fast way, with its Spring AOT code ({@code -Dspring.aot.enabled=true},
 * docs/DEPLOYMENT.md "Start-up"): a learner signs in, opens a lesson and marks it done; and the same
 * jar refuses to start with a mail server it was not built with, saying which setting.
 */
class AotStartIT {

    @TempDir
    Path dir;

    @Test
    void theAotBuildServesALearner() throws Exception {
        int port = freePort();
        Process app = start(port, List.of());
        try {
            awaitHealthy(app, port);
            assertThat(console()).contains("Starting AOT-processed PolkuApplication");
            try (Browser browser = new Browser(port)) {
                browser.logIn("oskar@polku.local", "polku-demo-1");
                browser.waitForText(By.tagName("h1"), "Welcome, Oskar Åström!");
                browser.open("courses/innovative-teachers/welcome");
                browser.click("Mark as done");
                browser.waitForText(By.cssSelector(".done-panel [role='status']"), "✓ Done");
            }
        } finally {
            app.destroy();
            app.waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void theAotBuildRefusesAMailServerItWasBuiltWithout() throws Exception {
        Process app = start(freePort(), List.of("--spring.mail.host=smtp.koulu.fi"));
        boolean ended = app.waitFor(120, TimeUnit.SECONDS);
        if (!ended) {
            app.destroyForcibly();
        }
        assertThat(ended).as("the app should stop by itself").isTrue();
        assertThat(app.exitValue()).isNotZero();
        assertThat(console()).contains("spring.mail.host is set, but this Spring AOT build was made without it, "
                + "so e-mail would be off.");
    }

    private Process start(int port, List<String> extra) throws IOException {
        Path jar;
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            jar = files.filter(f -> f.getFileName().toString().matches("polku-.*\\.jar")).findFirst()
                    .orElseThrow(() -> new AssertionError("no jar in target/: run after package"));
        }
        List<String> command = new ArrayList<>(List.of(
                ProcessHandle.current().info().command().orElse("java"),
                "-Dspring.aot.enabled=true", "-Xmx512m", "-Dfile.encoding=UTF-8", "-jar", jar.toString(),
                "--server.port=" + port, "--POLKU_ADMIN_PASSWORD=aot-start-admin-1",
                "--logging.file.name=", "--logging.structured.format.file=",
                "--spring.datasource.url=jdbc:h2:file:" + dir.resolve("db/polku") + ";WRITE_DELAY=0",
                "--polku.attachments.dir=" + dir.resolve("attachments"),
                "--polku.content.dir=" + Path.of("content").toAbsolutePath()));
        command.addAll(extra);
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(dir.resolve("console.log").toFile())
                .start();
    }

    private String console() throws IOException {
        return Files.readString(dir.resolve("console.log"), StandardCharsets.UTF_8);
    }

    private void awaitHealthy(Process app, int port) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest health = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health")).build();
        Instant end = Instant.now().plus(Duration.ofSeconds(120));
        while (Instant.now().isBefore(end)) {
            if (!app.isAlive()) {
                throw new AssertionError("the app stopped:\n" + console());
            }
            try {
                HttpResponse<String> answer = http.send(health, HttpResponse.BodyHandlers.ofString());
                if (answer.statusCode() == 200 && answer.body().contains("UP")) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        throw new AssertionError("not healthy within 120 s:\n" + console());
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}

package fi.polku.durability;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * Polku in a JVM of its own (the test JVM's classpath, {@link WriteDriver} as main class), so that
 * it can be killed with SIGKILL ({@link Process#destroyForcibly()}) like a crashed server.
 */
final class ChildApp implements AutoCloseable {

    final Process process;
    final Path console;

    private ChildApp(Process process, Path console) {
        this.process = process;
        this.console = console;
    }

    static ChildApp start(Path workDir, String name, List<String> appArgs) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                ProcessHandle.current().info().command().orElse("java"),
                "-Xmx512m", "-XX:TieredStopAtLevel=1", "-Dfile.encoding=UTF-8",
                "-cp", System.getProperty("java.class.path"), WriteDriver.class.getName(),
                "--server.port=0", "--polku.demo.enabled=false", "--POLKU_ADMIN_PASSWORD=durability-admin-1",
                "--logging.file.name=", "--logging.structured.format.file=",
                "--polku.content.dir=" + Path.of("content").toAbsolutePath(),
                "--polku.attachments.dir=" + workDir.resolve("attachments"),
                "--vaadin.devmode.devTools.enabled=false",
                "--spring.modulith.events.republish-outstanding-events-on-restart=true"));
        command.addAll(appArgs);
        Path console = workDir.resolve(name + ".log");
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(console.toFile()).start();
        return new ChildApp(p, console);
    }

    String consoleText() {
        try {
            return Files.exists(console) ? Files.readString(console) : "";
        } catch (IOException e) {
            return "";
        }
    }

    /** Waits until the condition holds; fails with the child's console tail if it dies or takes too long. */
    void await(String what, Duration timeout, BooleanSupplier condition) throws InterruptedException {
        Instant end = Instant.now().plus(timeout);
        while (!condition.getAsBoolean()) {
            if (!process.isAlive()) {
                throw new AssertionError("The app died before " + what + ":\n" + tail());
            }
            if (Instant.now().isAfter(end)) {
                throw new AssertionError("No " + what + " within " + timeout + ":\n" + tail());
            }
            Thread.sleep(100);
        }
    }

    String tail() {
        String text = consoleText();
        return text.substring(Math.max(0, text.length() - 6000));
    }

    void kill9() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill9();
        }
    }
}

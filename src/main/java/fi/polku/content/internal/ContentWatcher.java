package fi.polku.content.internal;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.Stream;

/**
 * Picks up edits to the content without a restart: every few seconds it compares the files'
 * names, sizes and modification times with the last look, and reloads when they differ.
 * (Polling rather than a WatchService, so it also works on network and container mounts.)
 * A zero {@code polku.content.watch} turns it off. That is decided when the app starts, not by a
 * bean condition, because a Spring AOT build fixes its conditions at build time
 * (docs/DEPLOYMENT.md, "Start-up").
 */
@Component
class ContentWatcher {

    private final ContentService content;
    private final Path root;
    private final Duration every;
    private final TaskScheduler scheduler;
    private long fingerprint;

    ContentWatcher(ContentService content, ContentProperties properties, TaskScheduler scheduler) {
        this.content = content;
        this.root = properties.dir();
        this.every = properties.watch();
        this.scheduler = scheduler;
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        if (every.isZero() || every.isNegative()) {
            return;
        }
        fingerprint = fingerprint();
        scheduler.scheduleWithFixedDelay(this::look, Instant.now().plus(every), every);
    }

    void look() {
        long now = fingerprint();
        if (now != fingerprint) {
            fingerprint = now;
            content.reload();
        }
    }

    private long fingerprint() {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> {
                try {
                    return f.toString().hashCode() * 31L + Files.size(f) * 17L + Files.getLastModifiedTime(f).toMillis();
                } catch (IOException e) {
                    return 0;
                }
            }).sum();
        } catch (IOException e) {
            return 0;
        }
    }
}

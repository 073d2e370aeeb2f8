package fi.polku.content.internal;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Picks up edits to the content without a restart: every few seconds it compares the files'
 * names, sizes and modification times with the last look, and reloads when they differ.
 * (Polling rather than a WatchService, so it also works on network and container mounts.)
 */
@Component
@ConditionalOnExpression("'${polku.content.watch:PT2S}' != 'PT0S'")
class ContentWatcher {

    private final ContentService content;
    private final Path root;
    private long fingerprint;

    ContentWatcher(ContentService content, ContentProperties properties) {
        this.content = content;
        this.root = properties.dir();
        this.fingerprint = fingerprint();
    }

    @Scheduled(fixedDelayString = "${polku.content.watch:PT2S}", initialDelayString = "${polku.content.watch:PT2S}")
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

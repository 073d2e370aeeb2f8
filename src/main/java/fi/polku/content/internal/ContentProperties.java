package fi.polku.content.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;

/**
 * @param dir         where the courses are (one folder a course)
 * @param iframeHosts hosts whose https iframes course content may embed, e.g. a video service
 * @param watch       how often to look for changed files; zero turns watching off
 */
@ConfigurationProperties("polku.content")
record ContentProperties(Path dir, Set<String> iframeHosts, Duration watch) {

    ContentProperties {
        dir = dir == null ? Path.of("content") : dir;
        iframeHosts = iframeHosts == null ? Set.of() : Set.copyOf(iframeHosts);
        watch = watch == null ? Duration.ofSeconds(2) : watch;
    }
}

package fi.polku.content.internal;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The watcher is always a bean; whether it looks is decided from the setting when the app starts. */
class ContentWatcherTest {

    @TempDir
    Path dir;

    private final ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();

    @AfterEach
    void stop() {
        scheduler.shutdown();
    }

    @Test
    void anEditedLessonIsServedWithoutARestart() throws Exception {
        Path lesson = course();
        ContentService content = start(Duration.ofMillis(50));

        Files.writeString(lesson, "---\nid: l\ntitle: Lesson\ntype: reading\n---\nSecond version, with ä.\n");
        long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!html(content).contains("Second version") && System.nanoTime() < until) {
            Thread.sleep(20);
        }
        assertThat(html(content)).contains("Second version, with ä.");
    }

    @Test
    void aZeroIntervalLooksNever() throws Exception {
        Path lesson = course();
        ContentService content = start(Duration.ZERO);

        Files.writeString(lesson, "---\nid: l\ntitle: Lesson\ntype: reading\n---\nSecond version.\n");
        Thread.sleep(300);
        assertThat(scheduler.getScheduledThreadPoolExecutor().getQueue()).isEmpty();
        assertThat(html(content)).contains("First version.");
    }

    private Path course() throws IOException {
        Path course = Files.createDirectories(dir.resolve("c"));
        Files.writeString(course.resolve("course.yml"), "id: c\ntitle: C\nparts:\n  - id: p\n    title: P\n    lessons: [l]\n");
        return Files.writeString(course.resolve("01-l.md"), "---\nid: l\ntitle: Lesson\ntype: reading\n---\nFirst version.\n");
    }

    private ContentService start(Duration every) {
        ContentProperties properties = new ContentProperties(dir, Set.of(), every);
        ContentService content = new ContentService(properties, Clock.systemUTC());
        scheduler.initialize();
        new ContentWatcher(content, properties, scheduler).start();
        return content;
    }

    private static String html(ContentService content) {
        return content.lesson("c", "l", Locale.ENGLISH).orElseThrow().html();
    }
}

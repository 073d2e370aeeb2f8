package fi.polku.content;

import java.nio.file.Path;
import java.time.Instant;

/** What the last load of the content directory found, for the admins' settings page. */
public record ContentStatus(Path directory, int courses, int errors, int warnings, Instant loadedAt) {
}

package fi.polku.learning;

import org.jspecify.annotations.Nullable;

import java.time.Instant;

public record ReflectionDraft(String text, @Nullable Instant savedAt, int words) {
}

package fi.polku.learning;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** One saved version of a development plan, with the trainers' comments written on it. */
public record PlanVersionView(UUID id, String lessonId, int version, Instant savedAt, Map<String, String> fields,
                              List<Comment> comments) {

    public record Comment(String author, Instant at, String text) {
    }
}

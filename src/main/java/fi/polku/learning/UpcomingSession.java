package fi.polku.learning;

import org.jspecify.annotations.Nullable;

import java.time.ZonedDateTime;

/** A session lesson's meeting as the learner's cohort holds it. */
public record UpcomingSession(String courseId, String lessonId, String title, ZonedDateTime start,
                              ZonedDateTime end, @Nullable String place, @Nullable String link) {
}

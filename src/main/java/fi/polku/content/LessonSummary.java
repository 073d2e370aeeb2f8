package fi.polku.content;

/** A lesson as listed on the course page. {@code broken} marks a lesson whose file has errors. */
public record LessonSummary(String id, String title, LessonType type, int estimatedMinutes, boolean required,
                            boolean broken) {
}

package fi.polku.content.internal;

import fi.polku.content.LessonPage.Heading;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One course as loaded: its definition, and each lesson per language with its rendered HTML.
 * {@code broken} holds ids of lessons whose files have errors and no earlier good version.
 */
record LoadedCourse(CourseDefinition definition, Map<String, Map<String, LessonVersion>> lessons,
                    Set<String> broken) {

    /** A lesson file in one language, ready to serve. */
    record LessonVersion(LessonDefinition definition, String html, List<Heading> toc) {
    }

    Optional<LessonVersion> lesson(String lessonId, String language) {
        Map<String, LessonVersion> versions = lessons.get(lessonId);
        return versions == null ? Optional.empty() : Optional.ofNullable(versions.get(language));
    }
}

package fi.polku.content;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The content module's API: the courses on disk, in the reader's language. */
public interface CourseCatalog {

    List<CourseSummary> courses(Locale language);

    Optional<CourseSummary> course(String courseId, Locale language);

    Optional<LessonPage> lesson(String courseId, String lessonId, Locale language);

    /** Every problem found at the last load, errors first. */
    List<ContentProblem> problems();

    /** Where the content comes from and how the last load went. */
    ContentStatus status();

    /** Reads the content directory again now. */
    void reload();

    /** A file inside a course folder (an image or attachment); never anything outside it. */
    Optional<Path> courseFile(String courseId, String relativePath);
}

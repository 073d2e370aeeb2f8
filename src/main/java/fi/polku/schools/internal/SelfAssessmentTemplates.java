package fi.polku.schools.internal;

import fi.polku.content.CourseCatalog;
import fi.polku.content.LessonDetails.SelfAssessment;
import fi.polku.content.LessonPage;
import fi.polku.schools.SelfAssessmentException;
import org.springframework.stereotype.Component;

import java.util.Locale;
import java.util.Optional;

/** The self-assessment lessons of the course catalogue, in the reader's language. */
@Component
class SelfAssessmentTemplates {

    private final CourseCatalog catalog;

    SelfAssessmentTemplates(CourseCatalog catalog) {
        this.catalog = catalog;
    }

    Optional<LessonPage> page(String courseId, String lessonId, Locale language) {
        return catalog.lesson(courseId, lessonId, language).filter(p -> p.details() instanceof SelfAssessment);
    }

    /** The template answers are checked against; its ids are the same in every language (content checks that). */
    SelfAssessment require(String courseId, String lessonId) {
        return page(courseId, lessonId, Locale.ENGLISH).map(p -> (SelfAssessment) p.details())
                .orElseThrow(() -> new SelfAssessmentException(null, "self-assessment.no-such-lesson"));
    }
}

package fi.polku.peerreview.internal;

import fi.polku.content.CourseCatalog;
import fi.polku.content.LessonDetails;
import fi.polku.peerreview.PeerReviewException;
import org.springframework.stereotype.Component;

import java.util.Locale;
import java.util.Optional;

/** An assignment's rules, as its lesson's front matter states them now. */
@Component
class Assignments {

    private final CourseCatalog catalog;

    Assignments(CourseCatalog catalog) {
        this.catalog = catalog;
    }

    LessonDetails.Assignment of(String courseId, String lessonId) {
        return find(courseId, lessonId).orElseThrow(() -> new PeerReviewException(null, "review.no-assignment"));
    }

    /** Empty when the lesson is gone or no longer an assignment (content changed). */
    Optional<LessonDetails.Assignment> find(String courseId, String lessonId) {
        return catalog.lesson(courseId, lessonId, Locale.ENGLISH)
                .filter(p -> p.details() instanceof LessonDetails.Assignment)
                .map(p -> (LessonDetails.Assignment) p.details());
    }
}

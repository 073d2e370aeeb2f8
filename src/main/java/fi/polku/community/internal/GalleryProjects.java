package fi.polku.community.internal;

import fi.polku.accounts.UserAccount;
import fi.polku.community.Gallery.ProjectCandidate;
import fi.polku.content.CourseCatalog;
import fi.polku.content.LessonSummary;
import fi.polku.content.LessonType;
import fi.polku.peerreview.PeerReviews;
import fi.polku.peerreview.Views;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/**
 * Which of the learner's reports may go to the gallery as projects: those peer review counts as
 * assessed, one per assignment lesson. Peer review owns that fact; it is asked, never copied ahead.
 */
@Component
class GalleryProjects {

    private final CourseCatalog catalog;
    private final PeerReviews peerReviews;
    private final GalleryEntryRepository entries;

    GalleryProjects(CourseCatalog catalog, PeerReviews peerReviews, GalleryEntryRepository entries) {
        this.catalog = catalog;
        this.peerReviews = peerReviews;
        this.entries = entries;
    }

    /** Called with the learner signed in: peer review answers for the signed-in person. */
    List<ProjectCandidate> candidates(String courseId, UserAccount learner) {
        return catalog.course(courseId, learner.language()).stream()
                .flatMap(course -> course.lessons().stream())
                .filter(l -> l.type() == LessonType.ASSIGNMENT && !l.broken())
                .flatMap(l -> candidate(courseId, l).stream())
                .toList();
    }

    private Optional<ProjectCandidate> candidate(String courseId, LessonSummary lesson) {
        Optional<Views.Submission> assessed = peerReviews.mine(courseId, lesson.id()).submission()
                .filter(s -> s.submitted() && s.assessedAt() != null);
        return assessed.map(s -> new ProjectCandidate(lesson.id(), lesson.title(), s.id(), s.title(), s.text(),
                !entries.findBySubmissionIdAndWithdrawnAtIsNull(s.id()).isEmpty()));
    }
}

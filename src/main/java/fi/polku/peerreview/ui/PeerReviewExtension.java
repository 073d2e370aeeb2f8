package fi.polku.peerreview.ui;

import com.vaadin.flow.component.Component;
import fi.polku.accounts.CurrentUser;
import fi.polku.content.LessonDetails;
import fi.polku.content.LessonPage;
import fi.polku.content.ui.ContentViewExtension;
import fi.polku.peerreview.PeerReviews;
import fi.polku.peerreview.ReviewCircle;

import java.util.List;

/** Puts the assignment panel on assignment lessons, for learners enrolled in the course. */
@org.springframework.stereotype.Component
class PeerReviewExtension implements ContentViewExtension {

    private final PeerReviews peerReviews;
    private final ReviewCircle circle;
    private final CurrentUser currentUser;

    PeerReviewExtension(PeerReviews peerReviews, ReviewCircle circle, CurrentUser currentUser) {
        this.peerReviews = peerReviews;
        this.circle = circle;
        this.currentUser = currentUser;
    }

    @Override
    public List<Component> lessonPanels(LessonPage page) {
        if (!(page.details() instanceof LessonDetails.Assignment rules)) {
            return List.of();
        }
        var me = currentUser.get();
        if (me.isEmpty() || circle.poolOf(me.get().id(), page.courseId()).isEmpty()) {
            return List.of();
        }
        return List.of(new AssignmentPanel(peerReviews, page.courseId(), page.lesson().id(), rules));
    }
}

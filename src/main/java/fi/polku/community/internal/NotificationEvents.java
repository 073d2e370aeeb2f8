package fi.polku.community.internal;

import fi.polku.accounts.Accounts;
import fi.polku.community.GalleryCommentAdded;
import fi.polku.community.Notifications;
import fi.polku.community.Notifications.Kind;
import fi.polku.learning.PlanCommented;
import fi.polku.peerreview.BonusReviewInvited;
import fi.polku.peerreview.FeedbackReceived;
import fi.polku.peerreview.ReviewReminderDue;
import fi.polku.schools.KitBookingDecided;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import java.util.List;

/** Turns what other modules announce into notifications for the people concerned. */
@Component
class NotificationEvents {

    private final Notifications notifications;
    private final Accounts accounts;

    NotificationEvents(Notifications notifications, Accounts accounts) {
        this.notifications = notifications;
        this.accounts = accounts;
    }

    @ApplicationModuleListener
    void on(PlanCommented event) {
        notifications.send(event.learner(), Kind.PLAN_COMMENT, lesson(event.courseId(), event.lessonId()),
                List.of(event.commenter(), Integer.toString(event.version())));
    }

    @ApplicationModuleListener
    void on(GalleryCommentAdded event) {
        if (!event.commenter().equals(event.author())) {
            notifications.send(event.author(), Kind.GALLERY_COMMENT, "gallery/entry/" + event.entryId(),
                    List.of(accounts.find(event.commenter()).map(u -> u.displayName()).orElse("?"), event.entryTitle()));
        }
    }

    @ApplicationModuleListener
    void on(KitBookingDecided event) {
        notifications.send(event.learner(), Kind.KIT_BOOKING, "kits/mine", List.of(event.kitName()));
    }

    @ApplicationModuleListener
    void on(FeedbackReceived event) {
        notifications.send(event.author(), Kind.SUBMISSION_FEEDBACK, lesson(event.courseId(), event.lessonId()),
                List.of());
    }

    @ApplicationModuleListener
    void on(ReviewReminderDue event) {
        notifications.send(event.learner(), Kind.REVIEW_TO_DO, lesson(event.courseId(), event.lessonId()),
                List.of(Integer.toString(event.reviewsOwed())));
    }

    @ApplicationModuleListener
    void on(BonusReviewInvited event) {
        notifications.send(event.learner(), Kind.BONUS_REVIEW, lesson(event.courseId(), event.lessonId()), List.of());
    }

    private static String lesson(String courseId, String lessonId) {
        return "courses/" + courseId + "/" + lessonId;
    }
}

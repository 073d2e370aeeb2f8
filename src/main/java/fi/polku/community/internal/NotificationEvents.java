package fi.polku.community.internal;

import fi.polku.community.Notifications;
import fi.polku.community.Notifications.Kind;
import fi.polku.learning.PlanCommented;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import java.util.List;

/** Turns what other modules announce into notifications for the people concerned. */
@Component
class NotificationEvents {

    private final Notifications notifications;

    NotificationEvents(Notifications notifications) {
        this.notifications = notifications;
    }

    @ApplicationModuleListener
    void on(PlanCommented event) {
        notifications.send(event.learner(), Kind.PLAN_COMMENT, "courses/" + event.courseId() + "/" + event.lessonId(),
                List.of(event.commenter(), Integer.toString(event.version())));
    }
}

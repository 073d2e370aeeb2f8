package fi.polku.schools.ui;

import com.vaadin.flow.component.Component;
import fi.polku.accounts.CurrentUser;
import fi.polku.content.LessonDetails;
import fi.polku.content.LessonPage;
import fi.polku.content.ui.ContentViewExtension;
import fi.polku.learning.Participation;
import fi.polku.schools.SelfAssessments;

import java.util.ArrayList;
import java.util.List;

/**
 * Puts the self-assessment on its lessons: the round, links and own answer for the course's
 * learners; their rounds' results for facilitators and admins.
 */
@org.springframework.stereotype.Component
class SelfAssessmentExtension implements ContentViewExtension {

    private final SelfAssessments service;
    private final Participation participation;
    private final CurrentUser currentUser;

    SelfAssessmentExtension(SelfAssessments service, Participation participation, CurrentUser currentUser) {
        this.service = service;
        this.participation = participation;
        this.currentUser = currentUser;
    }

    @Override
    public List<Component> lessonPanels(LessonPage page) {
        if (!(page.details() instanceof LessonDetails.SelfAssessment template)) {
            return List.of();
        }
        var me = currentUser.get();
        if (me.isEmpty()) {
            return List.of();
        }
        var standing = participation.of(me.get().id(), page.courseId());
        List<Component> panels = new ArrayList<>();
        if (standing.learnerCohort().isPresent()) {
            panels.add(new SelfAssessmentPanel(service, page.courseId(), page.lesson().id(), template));
        }
        if (standing.moderatesAny()) {
            panels.add(new SelfAssessmentFollowPanel(service.roundsToFollow(page.courseId(), page.lesson().id())));
        }
        return panels;
    }
}

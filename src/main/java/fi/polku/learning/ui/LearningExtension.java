package fi.polku.learning.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import fi.polku.accounts.CurrentUser;
import fi.polku.content.CourseSummary;
import fi.polku.content.LessonDetails;
import fi.polku.content.LessonPage;
import fi.polku.content.ui.ContentViewExtension;
import fi.polku.learning.CourseProgress;
import fi.polku.learning.Learning;
import fi.polku.learning.Plans;
import fi.polku.learning.Sparring;
import fi.polku.learning.Surveys;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Adds the learner's side to the content pages: enrolment, progress and each lesson's form. */
@org.springframework.stereotype.Component
class LearningExtension implements ContentViewExtension {

    private final Learning learning;
    private final Surveys surveys;
    private final Plans plans;
    private final CurrentUser currentUser;
    private final Sparring sparring;

    LearningExtension(Learning learning, Surveys surveys, Plans plans, CurrentUser currentUser, Sparring sparring) {
        this.sparring = sparring;
        this.learning = learning;
        this.surveys = surveys;
        this.plans = plans;
        this.currentUser = currentUser;
    }

    @Override
    public List<Component> catalogCard(CourseSummary course) {
        return learning.progress(course.id()).<List<Component>>map(p -> List.of(new ProgressPanel(p, false)))
                .orElse(List.of());
    }

    @Override
    public List<Component> courseHeader(CourseSummary course) {
        Optional<CourseProgress> progress = learning.progress(course.id());
        return List.of(progress.<Component>map(p -> new ProgressPanel(p, true))
                .orElseGet(() -> new EnrolPanel(learning, course.id())));
    }

    @Override
    public Set<String> doneLessons(String courseId) {
        return learning.progress(courseId).map(CourseProgress::done).orElse(Set.of());
    }

    @Override
    public List<Component> lessonPanels(LessonPage page) {
        if (currentUser.get().isEmpty()) {
            return List.of();
        }
        Optional<CourseProgress> progress = learning.progress(page.courseId());
        if (progress.isEmpty()) {
            Div notice = new Div(new Paragraph(notEnrolledText()),
                    new Anchor("courses/" + page.courseId(), page.courseTitle()));
            notice.addClassName("notice");
            return List.of(notice);
        }
        String courseId = page.courseId();
        String lessonId = page.lesson().id();
        learning.visit(courseId, lessonId);
        boolean done = progress.get().isDone(lessonId);
        return switch (page.details()) {
            case LessonDetails.Reading r -> List.of(new DonePanel(learning, courseId, lessonId, done));
            case LessonDetails.Session s -> sparring.myGroup(courseId)
                    .<List<Component>>map(g -> List.of(new DonePanel(learning, courseId, lessonId, done),
                            new GroupSessionPanel(sparring, g, lessonId, false)))
                    .orElseGet(() -> List.of(new DonePanel(learning, courseId, lessonId, done)));
            case LessonDetails.Reflection r -> List.of(new ReflectionPanel(learning, courseId, lessonId, r.prompt()),
                    new DonePanel(learning, courseId, lessonId, done));
            case LessonDetails.Survey s -> List.of(new SurveyPanel(surveys, courseId, lessonId, s));
            case LessonDetails.Plan p -> List.of(new PlanPanel(plans, courseId, lessonId, p, surveys.myTheme(courseId)));
            case LessonDetails.Assignment a -> List.of();
            // the team's answers live in the schools module; the learner says when their part is done
            case LessonDetails.SelfAssessment a -> List.of(new DonePanel(learning, courseId, lessonId, done));
        };
    }

    private static String notEnrolledText() {
        return com.vaadin.flow.component.UI.getCurrent().getTranslation("enrol.to-track");
    }
}
